import { JOB_NOTIFICATION_LOG_LINES, type JobNotification } from '@console/shared';
import type { JobFacts } from './job-facts.js';

/** A log line in a notification is cut here (a chat message has its limits). */
const MAX_LINE_CHARS = 1000;

/**
 * The job page's path; the same as `web/src/config/paths.ts` (v1Job, v2Job) — the BFF cannot import
 * the web, `notification.test.ts` pins the shapes.
 */
export function jobPagePath(f: Pick<JobFacts, 'ref'>): string {
  const { api, jobId, versionId } = f.ref;
  return api === 'v1'
    ? `/jobs/v1/${encodeURIComponent(jobId)}/versions/${encodeURIComponent(versionId ?? '')}`
    : `/jobs/v2/${encodeURIComponent(jobId)}`;
}

/** The webhook body of a finished job (see shared/src/console/job-notification.ts). */
export function buildNotification(
  f: JobFacts,
  logLines: readonly string[],
  publicOrigin: string | undefined,
  now: Date,
): JobNotification {
  return {
    event: 'job.finished',
    job: {
      id: f.ref.jobId,
      name: f.name,
      api: f.ref.api,
      version: f.ref.api === 'v1' ? (f.version ?? null) : null,
      version_id: f.ref.api === 'v1' ? (f.ref.versionId ?? null) : null,
    },
    status: f.status,
    duration_seconds: Math.max(0, Math.round(f.durationMs / 1000)),
    log_tail: logLines
      .slice(-JOB_NOTIFICATION_LOG_LINES)
      .map((l) => (l.length > MAX_LINE_CHARS ? `${l.slice(0, MAX_LINE_CHARS)}…` : l)),
    link: publicOrigin ? `${publicOrigin.replace(/\/+$/, '')}${jobPagePath(f)}` : null,
    sent_at: now.toISOString(),
  };
}
