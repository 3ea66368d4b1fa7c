import { z } from 'zod';

/**
 * A range of one log's lines by number, for the browser's log viewer to page through a log longer
 * than it keeps (it re-reads the pages it dropped when they scroll back into view):
 * `GET /api/logs/v1/{job_id}/{version_id}/lines?log_file=F&from=N&count=M` and
 * `GET /api/logs/v2/{job_id}/{task_id}/lines?from=N&count=M`. Line numbers count from 1 at the
 * log's first line, as the live stream, the search and `?line=N` do. The answer holds lines
 * `from`…`from + lines.length - 1`: fewer than `count` only at the log's end.
 */
export const LOG_LINES_MAX_COUNT = 2000;

export const LogLinesQuerySchema = z.object({
  from: z
    .string({ error: 'from is required' })
    .regex(/^[1-9]\d{0,9}$/, 'from must be a line number (1 or more)'),
  count: z
    .string({ error: 'count is required' })
    .regex(/^[1-9]\d{0,4}$/, `count must be 1–${LOG_LINES_MAX_COUNT}`)
    .refine((v) => Number(v) <= LOG_LINES_MAX_COUNT, `count must be 1–${LOG_LINES_MAX_COUNT}`),
});
export type LogLinesQuery = z.infer<typeof LogLinesQuerySchema>;

export const LogLinesPageSchema = z.object({
  from: z.number().int().positive(),
  lines: z.array(z.string()),
});
export type LogLinesPage = z.infer<typeof LogLinesPageSchema>;

/** The path of a log's lines endpoint (`log_file` for v1 and the range go in its query). */
export const logLinesPaths = {
  v1: (jobId: string | number, versionId: string | number) =>
    `/api/logs/v1/${encodeURIComponent(jobId)}/${encodeURIComponent(versionId)}/lines`,
  v2: (jobId: string, taskId: string) =>
    `/api/logs/v2/${encodeURIComponent(jobId)}/${encodeURIComponent(taskId)}/lines`,
};

/**
 * A v2 live stream's "[console] N bytes skipped …" line (log-stream.ts): bytes of the log the stream
 * did not send. `(K lines)` says how many whole lines they held (the BFF counted them in the task's
 * full log file): the next line is then the log's line (lines before) + K + 1, and the skipped ones
 * can be read by number. Without it the count is unknown: after it, the stream's lines are not
 * numbered as the log's, so they cannot be joined with lines read by number.
 */
export function skippedBytesLine(bytes: number, reason: string, lines?: number): string {
  const counted = lines === undefined ? '' : ` (${lines} lines)`;
  return `[console] ${bytes} bytes skipped${counted}: ${reason}`;
}

/**
 * A v1 live stream's "[console] K lines skipped: …" line: a new viewer of a long log gets its
 * latest lines first; the next line is the log's line K + 1, and the K before it are read by
 * number (the BFF knows where each is: it walked the log).
 */
export function skippedLinesLine(lines: number, reason: string): string {
  return `[console] ${lines} lines skipped: ${reason}`;
}

const SKIPPED = /^\[console\] (?:\d+ bytes skipped(?: \((\d+) lines\))?|(\d+) lines skipped): /;

/** A skip line of either kind (skippedBytesLine, skippedLinesLine). */
export function isSkipLine(line: string): boolean {
  return SKIPPED.test(line);
}

/** The number of whole lines a skipped-bytes line stands for, when it says (else undefined). */
export function skippedLinesOf(line: string): number | undefined {
  const match = SKIPPED.exec(line);
  const count = match?.[1] ?? match?.[2];
  return count === undefined ? undefined : Number(count);
}
