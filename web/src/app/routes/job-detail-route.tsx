import { useParams } from 'react-router';
import { JobNotifySwitch } from '../../components/job-notify-switch.js';
import type { QueryClient } from '@tanstack/react-query';
import { jobDetailQueryOptions } from '../../features/v1-detail/api/job-detail.js';
import { JobDetailPage } from '../../features/v1-detail/components/job-detail-page.js';
import { LogPanel } from '../../features/v1-logs/components/log-panel.js';

/** The router reads the job version before the page draws (app/prefetch-loader.ts). */
export function prefetchPage(
  queryClient: QueryClient,
  { params }: { params: { jobId?: string; versionId?: string } },
) {
  const jobId = Number(params.jobId);
  const versionId = Number(params.versionId);
  if (Number.isSafeInteger(jobId) && Number.isSafeInteger(versionId))
    void queryClient.prefetchQuery(jobDetailQueryOptions(jobId, versionId));
}

/** A v1 job version: the detail page with its log, and the opt-in notification when it ends. */
export function JobDetailRoute() {
  const { jobId, versionId } = useParams();
  const job = { api: 'v1', jobId: Number(jobId), versionId: Number(versionId) } as const;
  const valid = Number.isSafeInteger(job.jobId) && Number.isSafeInteger(job.versionId);
  return (
    <>
      {valid && <JobNotifySwitch key={`${jobId}/${versionId}`} job={job} />}
      <JobDetailPage renderLogs={(props) => <LogPanel {...props} />} />
    </>
  );
}
