import { useParams } from 'react-router';
import { JobNotifySwitch } from '../../components/job-notify-switch.js';
import { SearchTrialsCard } from '../../features/v2-autosearch/components/search-trials-card.js';
import { V2JobPage } from '../../features/v2-detail/components/v2-job-page.js';
import { V2LogPanel } from '../../features/v2-logs/components/v2-log-panel.js';

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
