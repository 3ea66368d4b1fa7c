import { useParams } from 'react-router';
import { JobNotifySwitch } from '../../components/job-notify-switch.js';
import { JobDetailPage } from '../../features/v1-detail/components/job-detail-page.js';
import { LogPanel } from '../../features/v1-logs/components/log-panel.js';

/** The version, its log files and log stream, before the page draws (app/prefetch-loader.ts). */
export { prefetchPage } from './job-detail-prefetch.js';

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
