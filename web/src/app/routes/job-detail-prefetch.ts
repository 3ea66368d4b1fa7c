import type { QueryClient } from '@tanstack/react-query';
import { jobLogStreamPaths } from '@console/shared';
import { openStreamEarly } from '../../lib/early-log-stream.js';
import { hasDrawnLog } from '../../lib/drawn-log.js';
import { isRemembered } from '../../lib/log-memory.js';
import { jobDetailQueryOptions } from '../../features/v1-detail/api/job-detail.js';
import { logFilesQueryOptions } from '../../features/v1-logs/api/log-files.js';

/**
 * A v1 job version's data before its page draws (app/early-page-data.ts at the page's first load,
 * the route's loader on a later visit): the version and, beside it, its log files, then the log
 * stream of those files — the log panel takes it over when it mounts (lib/early-log-stream.ts),
 * unless the page already shows that log (then it resumes). Settles once the stream is open or
 * will not be (never rejects).
 */
export function prefetchPage(
  queryClient: QueryClient,
  { params }: { params: { jobId?: string; versionId?: string } },
): Promise<void> {
  const jobId = Number(params.jobId);
  const versionId = Number(params.versionId);
  if (!Number.isSafeInteger(jobId) || !Number.isSafeInteger(versionId)) return Promise.resolve();
  void queryClient.prefetchQuery(jobDetailQueryOptions(jobId, versionId));
  return queryClient
    .fetchQuery(logFilesQueryOptions(jobId, versionId))
    .then(({ log_file_list: files }) => {
      const url = jobLogStreamPaths.v1(jobId, versionId, files);
      // a drawn page came with the log's first lines: its view resumes after them
      if (files.length > 0 && !isRemembered(url) && !hasDrawnLog(queryClient, url))
        openStreamEarly(url);
    })
    .catch(() => undefined); // the log panel itself shows why the files cannot be listed
}
