import { z } from 'zod';

/**
 * "Why it failed" (`GET /api/diagnosis/v1/{job_id}/{version_id}` and `/api/diagnosis/v2/{job_id}`):
 * what the BFF found in the log of a failed job. Line numbers count from 1 at the first line of
 * the worker's log (v1: the log file; v2: the task's full log).
 */

/** What kind of line was recognised (the BFF's pattern table names each). */
export const DIAGNOSIS_KINDS = ['traceback', 'oom', 'killed', 'fatal', 'error', 'service'] as const;
export type DiagnosisKind = (typeof DIAGNOSIS_KINDS)[number];

export const DiagnosisLineSchema = z.object({
  line: z.number().int().positive(),
  text: z.string(),
});
export type DiagnosisLine = z.infer<typeof DiagnosisLineSchema>;

export const DiagnosisErrorSchema = z.object({
  kind: z.enum(DIAGNOSIS_KINDS),
  /** A short description of the kind, in the user's words ("Python exception"). */
  label: z.string(),
  /** The line that says what went wrong (for a traceback: the exception line at its end). */
  line: z.number().int().positive(),
  text: z.string(),
  /** A few lines around it, in order, the error line included. */
  context: z.array(DiagnosisLineSchema),
});
export type DiagnosisError = z.infer<typeof DiagnosisErrorSchema>;

export const DiagnosisWorkerSchema = z.object({
  /** v1: the log file; v2: the task (worker-0…). */
  worker: z.string(),
  /** The log file (v1) to link to; v2 links by task. */
  log_file: z.string().optional(),
  exit_code: z.number().int().nullable(),
  /** Did this worker fail (a non-zero exit code), or is it only scanned for lack of a better one? */
  failed: z.boolean(),
  error: DiagnosisErrorSchema.nullable(),
  /** No error line was recognised: the last lines read, to show instead. */
  tail: z.array(DiagnosisLineSchema),
  bytes_read: z.number().int().nonnegative(),
  /** The read stopped at the byte cap before an error line was found. */
  truncated: z.boolean(),
  /** Why this worker's log could not be read (the rest of the diagnosis still stands). */
  problem: z.string().optional(),
});
export type DiagnosisWorker = z.infer<typeof DiagnosisWorkerSchema>;

export const DiagnosisEventSchema = z.object({
  time: z.string(),
  level: z.string(),
  message: z.string(),
});
export type DiagnosisEvent = z.infer<typeof DiagnosisEventSchema>;

export const DiagnosisSchema = z.object({
  api: z.enum(['v1', 'v2']),
  /** False while the job has not failed: nothing is diagnosed then. */
  failed: z.boolean(),
  /** The status in the user's words ("Failed", "Creation failed"). */
  status: z.string(),
  workers: z.array(DiagnosisWorkerSchema),
  /** v2: the job's error and warning events, oldest first (bounded). */
  events: z.array(DiagnosisEventSchema),
});
export type Diagnosis = z.infer<typeof DiagnosisSchema>;

/** The console's paths of the diagnosis endpoints (the browser's only spelling of them). */
export const diagnosisPaths = {
  v1: (jobId: number | string, versionId: number | string) =>
    `/api/diagnosis/v1/${encodeURIComponent(String(jobId))}/${encodeURIComponent(String(versionId))}`,
  v2: (jobId: string) => `/api/diagnosis/v2/${encodeURIComponent(jobId)}`,
};
