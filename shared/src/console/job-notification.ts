import { z } from 'zod';

/**
 * The JSON the BFF POSTs to the operator's webhook (NOTIFY_WEBHOOK_URL) once per job that reaches
 * a terminal status (v2: the job; v1: the job version). It carries no credential.
 */
export const JOB_NOTIFICATION_LOG_LINES = 20;

export const JobNotificationSchema = z.object({
  event: z.literal('job.finished'),
  job: z.object({
    id: z.string(),
    name: z.string(),
    api: z.enum(['v1', 'v2']),
    /** v1: the version's name (V0001); v2: null (a v2 job has no versions). */
    version: z.string().nullable(),
    /** v1: the version's id; v2: null. */
    version_id: z.string().nullable(),
  }),
  /** The terminal status in the console's words: Completed, Failed, Stopped, Terminated… */
  status: z.string(),
  duration_seconds: z.number().nonnegative(),
  /** The last lines of the log (v1: the first worker's file; v2: the first task), oldest first. */
  log_tail: z.array(z.string()).max(JOB_NOTIFICATION_LOG_LINES),
  /** The job's page in the console (PUBLIC_ORIGIN + path); null when PUBLIC_ORIGIN is not set. */
  link: z.string().nullable(),
  /** When the BFF first sent it (retries send the same body). */
  sent_at: z.string(),
});
export type JobNotification = z.infer<typeof JobNotificationSchema>;
