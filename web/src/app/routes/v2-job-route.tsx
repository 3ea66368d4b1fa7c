import { useParams } from 'react-router';
import { JobNotifySwitch } from '../../components/job-notify-switch.js';
import { SearchTrialsCard } from '../../features/v2-autosearch/components/search-trials-card.js';
import type { QueryClient } from '@tanstack/react-query';
import { v2JobQueryOptions } from '../../features/v2-detail/api/v2-job.js';
import { V2JobPage } from '../../features/v2-detail/components/v2-job-page.js';
import { V2LogPanel } from '../../features/v2-logs/components/v2-log-panel.js';

/** The router reads the job before the page draws (app/prefetch-loader.ts): its tasks' logs start sooner. */
export function prefetchPage(queryClient: QueryClient, { params }: { params: { jobId?: string } }) {
  if (params.jobId) void queryClient.prefetchQuery(v2JobQueryOptions(params.jobId));
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
