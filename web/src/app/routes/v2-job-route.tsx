import { useParams } from 'react-router';
import { jobLogStreamPaths } from '@console/shared';
import { openStreamEarly } from '../../lib/early-log-stream.js';
import { hasDrawnLog } from '../../lib/drawn-log.js';
import { isRemembered } from '../../lib/log-memory.js';
import { JobNotifySwitch } from '../../components/job-notify-switch.js';
import { SearchTrialsCard } from '../../features/v2-autosearch/components/search-trials-card.js';
import type { QueryClient } from '@tanstack/react-query';
import { v2JobQueryOptions } from '../../features/v2-detail/api/v2-job.js';
import { V2JobPage } from '../../features/v2-detail/components/v2-job-page.js';
import { V2LogPanel } from '../../features/v2-logs/components/v2-log-panel.js';

/**
 * The router reads the job before the page draws (app/prefetch-loader.ts), and opens its tasks'
 * log stream as soon as it knows them: the log panel takes that stream over when it mounts
 * (lib/early-log-stream.ts), unless the page already shows that log (then it resumes).
 */
export function prefetchPage(
  queryClient: QueryClient,
  { params }: { params: { jobId?: string } },
): Promise<void> {
  const { jobId } = params;
  if (!jobId) return Promise.resolve();
  return queryClient
    .fetchQuery(v2JobQueryOptions(jobId))
    .then((job) => {
      const tasks = job.status.tasks ?? [];
      const url = jobLogStreamPaths.v2(jobId, tasks);
      // a drawn page came with the log's first lines: its view resumes after them
      if (tasks.length > 0 && !isRemembered(url) && !hasDrawnLog(queryClient, url))
        openStreamEarly(url);
    })
    .catch(() => undefined); // the page itself shows why the job cannot be read
}

/** A v2 job: the detail page with its search trials (if it searches) and its tasks' logs. */
export function V2JobRoute() {
  const { jobId } = useParams();
  return (
    <>
      {jobId && <JobNotifySwitch key={jobId} job={{ api: 'v2', jobId }} />}
      <V2JobPage
        renderTrials={(props) => <SearchTrialsCard {...props} />}
        renderLogs={(props) => <V2LogPanel {...props} />}
      />
    </>
  );
}
