import { JobDetailPage } from '../../features/v1-detail/components/job-detail-page.js';
import { LogPanel } from '../../features/v1-logs/components/log-panel.js';

/** A v1 job version: the detail page with its log. */
export function JobDetailRoute() {
  return <JobDetailPage renderLogs={(props) => <LogPanel {...props} />} />;
}
