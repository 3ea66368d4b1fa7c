import { z } from 'zod';
import type { ConsoleErrorBody } from './error-body.js';
import { ConsoleLinesSchema } from './log-stream.js';

/**
 * One live log stream per job (Server-Sent Events), carrying the lines of every worker:
 *
 * - v1: `GET /api/logs/job/v1/{job_id}/{version_id}?workers=F1,F2,…` (the version's log files);
 * - v2: `GET /api/logs/job/v2/{job_id}?workers=worker-0,worker-1,…` (the job's tasks).
 *
 * Events are those of the per-log streams (log-stream.ts) with a worker named in each:
 * - `log`: `{worker, lines, console?}` (`console`: log-stream.ts); the SSE `id` is the job cursor (job-log-cursor.ts): the cursor of
 *   every worker that has sent lines so far, so `Last-Event-ID` (or `?last_event_id=`) resumes
 *   each worker right after its last line;
 * - `status` / `end`: the job's status, as the per-log streams of the API version carry it; `end`
 *   comes once every worker's log is drained (or failed);
 * - `preview`: `{worker, lines}`, a worker's latest lines before its first `log` event (see below);
 * - `worker_error`: one worker's log cannot go on (`{worker, error_code, error_msg}`); the others do;
 * - `error`: the whole stream cannot go on (access refused, session ended, limits).
 * The stream counts as one stream toward the per-session limit, however many workers it carries.
 * The merged order is the order of arrival; the web orders it by time where the lines carry times.
 */
export const MAX_JOB_LOG_WORKERS = 32;

export const JobLogEventSchema = z.object({
  worker: z.string(),
  lines: z.array(z.string()),
  console: ConsoleLinesSchema.optional().catch(undefined),
});
export type JobLogEvent = z.infer<typeof JobLogEventSchema>;

export const WorkerErrorEventSchema = z.object({
  worker: z.string(),
  error_code: z.string(),
  error_msg: z.string(),
});
export type WorkerErrorEvent = z.infer<typeof WorkerErrorEventSchema>;

/**
 * `preview`: a worker's latest lines while its stream is still finding where to start (a long v1
 * log opened for the first time: the BFF counts its lines first, so that the stream's lines are
 * numbered as the log's). Not numbered, no `id`; the worker's first `log` event replaces them.
 */
export const JobPreviewEventSchema = z.object({
  worker: z.string(),
  lines: z.array(z.string()),
});
export type JobPreviewEvent = z.infer<typeof JobPreviewEventSchema>;

export const JOB_LOG_STREAM_EVENTS = { workerError: 'worker_error', preview: 'preview' } as const;

export type WorkerErrorBody = ConsoleErrorBody & { worker: string };

/** The Express patterns of the job streams (relative to `/api/logs`). */
export const jobLogStreamRoutes = {
  v1: '/job/v1/:jobId/:versionId',
  v2: '/job/v2/:jobId',
} as const;

const enc = (v: string | number) => encodeURIComponent(String(v));
/** `?workers=a,b`: the names need no escaping (letters, digits, `.`, `_`, `-`), the commas stay. */
const workersQuery = (workers: readonly string[]) => `?workers=${workers.map(enc).join(',')}`;

/** The console's paths of the job streams (the browser's only spelling of them). */
export const jobLogStreamPaths = {
  v1: (jobId: number | string, versionId: number | string, logFiles: readonly string[]) =>
    `/api/logs/job/v1/${enc(jobId)}/${enc(versionId)}${workersQuery(logFiles)}`,
  v2: (jobId: string, tasks: readonly string[]) =>
    `/api/logs/job/v2/${enc(jobId)}${workersQuery(tasks)}`,
};

/**
 * `workers=a,b,c`: 1–MAX distinct names, each matching `name` (the API version's rule). Every
 * problem is an issue of the `workers` field itself (not of one element of it).
 */
export function workersSchema(name: RegExp, rule: string) {
  return z
    .string({ error: 'workers is required' })
    .max(MAX_JOB_LOG_WORKERS * 130, 'workers is too long')
    .transform((s, ctx) => {
      const names = s.split(',');
      const problem =
        s === ''
          ? 'workers is required'
          : names.length > MAX_JOB_LOG_WORKERS
            ? `workers may name at most ${MAX_JOB_LOG_WORKERS} workers`
            : names.some((n) => !name.test(n))
              ? `workers must be a comma-separated list of ${rule}`
              : new Set(names).size !== names.length
                ? 'workers must not name a worker twice'
                : undefined;
      if (problem === undefined) return names;
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    });
}
