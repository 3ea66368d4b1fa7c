import { z } from 'zod';

/**
 * Server-Sent Events of `GET /api/logs/v1/{job_id}/{version_id}?log_file=NAME`.
 *
 * - `log`: new lines; the SSE `id` is the upstream cursor of the last line in `lines`, so a reconnect
 *   with `Last-Event-ID` resumes right after it.
 * - `status`: the job's status changed (v1 numeric code).
 * - `end`: the job is terminal and its log is drained; the server closes the stream.
 * - `error`: the stream cannot go on (e.g. the job was deleted); data is a ConsoleErrorBody.
 * Comments (`: heartbeat`) keep idle connections open.
 */
export const LogEventSchema = z.object({ lines: z.array(z.string()) });
export type LogEvent = z.infer<typeof LogEventSchema>;

export const StatusEventSchema = z.object({ status: z.number().int(), name: z.string() });
export type StatusEvent = z.infer<typeof StatusEventSchema>;

export const EndEventSchema = z.object({ status: z.number().int(), name: z.string() });
export type EndEvent = z.infer<typeof EndEventSchema>;

export const LOG_STREAM_EVENTS = {
  log: 'log',
  status: 'status',
  end: 'end',
  error: 'error',
} as const;
