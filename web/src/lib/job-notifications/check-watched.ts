import { ApiError } from '../api-error.js';
import { noticeOf, type JobOutcome } from './job-outcome.js';
import type { WatchList, WatchedJob } from './watch-list.js';

export interface Notice {
  /** One per job: a second tab showing the same notice replaces it (Notification `tag`). */
  tag: string;
  title: string;
  body: string;
  href: string;
}

/**
 * Reads every watched job once; each that reached a terminal status is announced once and
 * forgotten. A job that no longer exists (404) is forgotten silently; other failures are tried
 * again next time.
 */
export async function checkWatched(
  list: WatchList,
  read: (j: WatchedJob) => Promise<JobOutcome>,
  announce: (n: Notice) => void,
): Promise<void> {
  for (const job of list.jobs()) {
    let outcome: JobOutcome;
    try {
      outcome = await read(job);
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) list.remove(job);
      continue;
    }
    if (!outcome.terminal || !list.has(job)) continue;
    list.remove(job);
    const n = noticeOf(job, outcome);
    announce({
      tag: `job:${job.api}:${job.jobId}${job.api === 'v1' ? `:${job.versionId}` : ''}`,
      ...n,
    });
  }
}
