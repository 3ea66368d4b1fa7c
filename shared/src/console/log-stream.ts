import { z } from 'zod';

/**
 * Server-Sent Events of `GET /api/logs/v1/{job_id}/{version_id}?log_file=NAME`.
 *
 * - `log`: new lines; the SSE `id` is the upstream cursor of the last line in `lines`, so a reconnect
 *   with `Last-Event-ID` resumes right after it; `console` lists the lines that are the console's
 *   own notes (ConsoleLinesSchema).
 * - `status`: the job's status changed (v1 numeric code).
 * - `end`: the job is terminal and its log is drained; the server closes the stream.
 * - `error`: the stream cannot go on (e.g. the job was deleted); data is a ConsoleErrorBody.
 * Comments (`: heartbeat`) keep idle connections open.
 */
/**
 * A `log` event's `console`: the indexes (in `lines`) of the lines that are the console's own —
 * "[console] N bytes skipped …" (log-lines.ts) — and not the log's. Only these are read as such:
 * a job that prints the same text gets a line of its log, nothing more. A list that is not one
 * is read as none (the lines are the log's: the safe reading).
 */
export const ConsoleLinesSchema = z.array(z.number().int().nonnegative()).max(10_000);

export const LogEventSchema = z.object({
  lines: z.array(z.string()),
  console: ConsoleLinesSchema.optional().catch(undefined),
});
export type LogEvent = z.infer<typeof LogEventSchema>;

export const StatusEventSchema = z.object({ status: z.number().int(), name: z.string() });
export type StatusEvent = z.infer<typeof StatusEventSchema>;

export const EndEventSchema = z.object({ status: z.number().int(), name: z.string() });
export type EndEvent = z.infer<typeof EndEventSchema>;

/**
 * v2 (`GET /api/logs/v2/{job_id}/{task_id}`): same events, but `status` and `end` carry the job's
 * phases (catalog §4.17) and the SSE `id` is a byte offset into the task's full log (after the last
 * complete line sent). A `log` line "[console] N bytes skipped: …" (listed in `console`) marks bytes
 * that had already left the 5 MB preview window.
 */
export const V2StatusEventSchema = z.object({ phase: z.string(), secondary_phase: z.string() });
export type V2StatusEvent = z.infer<typeof V2StatusEventSchema>;

export const V2EndEventSchema = V2StatusEventSchema;
export type V2EndEvent = V2StatusEvent;

export const LOG_STREAM_EVENTS = {
  log: 'log',
  status: 'status',
  end: 'end',
  error: 'error',
} as const;
