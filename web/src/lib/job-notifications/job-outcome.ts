import {
  isV1Terminal,
  isV2Terminal,
  TrainingJobV2Schema,
  TrainingJobVersionDetailsResponseSchema,
  v1Endpoints,
  v1StatusInfo,
  v2Endpoints,
  v2PhaseInfo,
} from '@console/shared';
import { paths } from '../../config/paths.js';
import { apiRequest } from '../api-client.js';
import { apiPath } from '../api-path.js';
import type { WatchedJob } from './watch-list.js';
import { t } from '../i18n/i18n.js';

/** A watched job as read now. */
export interface JobOutcome {
  name: string;
  /** In the console's words: Completed, Failed, Stopped… */
  status: string;
  terminal: boolean;
}

/** Reads a watched job's status (v1 version detail §3.4, v2 job detail §4.4). */
export async function readJobOutcome(j: WatchedJob, signal?: AbortSignal): Promise<JobOutcome> {
  const o = signal ? { signal } : {};
  if (j.api === 'v1') {
    const v = await apiRequest(
      apiPath(v1Endpoints.getVersion, { job_id: j.jobId, version_id: j.versionId }),
      { schema: TrainingJobVersionDetailsResponseSchema, ...o },
    );
    return {
      name: `${v.job_name ?? j.jobId} ${v.version_name}`,
      status: t(v1StatusInfo(v.status).label),
      terminal: isV1Terminal(v.status),
    };
  }
  const job = await apiRequest(apiPath(v2Endpoints.getJob, { job_id: j.jobId }), {
    schema: TrainingJobV2Schema,
    ...o,
  });
  return {
    name: job.metadata.name,
    status: t(v2PhaseInfo(job.status.phase).label),
    terminal: isV2Terminal(job.status.phase),
  };
}

/** What the browser notification says, and the page its click opens. */
export function noticeOf(
  j: WatchedJob,
  outcome: JobOutcome,
): { title: string; body: string; href: string } {
  return {
    title: `${outcome.name}: ${outcome.status}`,
    body: t('Training job {{name}} ended: {{status}}.', {
      name: outcome.name,
      status: outcome.status,
    }),
    href: j.api === 'v1' ? paths.v1Job.href(j.jobId, j.versionId) : paths.v2Job.href(j.jobId),
  };
}
