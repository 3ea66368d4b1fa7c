import { MAX_JOB_LOG_WORKERS } from './job-log-stream.js';

/**
 * The SSE id of a job log stream: the cursor of each worker that has sent lines, as
 * `index:cursor` pairs joined by `,` in ascending worker index (the index into the stream's
 * `workers` list), e.g. `0:1700000000000000012,3:4096`. A worker not named resumes from its first
 * line. The form is canonical (one spelling per value), so decode(encode(x)) is x and the other
 * way round. Cursors are digits (v1: upstream line cursors; v2: byte offsets).
 */
export type JobCursor = ReadonlyMap<number, string>;

export const MAX_JOB_CURSOR_LENGTH = MAX_JOB_LOG_WORKERS * 24;

export type DecodedJobCursor = { ok: true; cursors: JobCursor } | { ok: false; message: string };

export function encodeJobCursor(cursors: JobCursor): string {
  return [...cursors]
    .sort(([a], [b]) => a - b)
    .map(([i, c]) => `${i}:${c}`)
    .join(',');
}

const PAIR = /^(0|[1-9]\d?):(\d+)$/;

/**
 * Reads a job cursor strictly: `workers` is the length of the stream's worker list, `cursor` the
 * API version's rule for one worker's cursor. Never throws: anything else is `{ok: false}` with
 * the reason. The empty string is "no line yet" (every worker from the start).
 */
export function decodeJobCursor(raw: string, workers: number, cursor: RegExp): DecodedJobCursor {
  const bad = (why: string): DecodedJobCursor => ({
    ok: false,
    message: `must be an id of this stream (${why})`,
  });
  if (typeof raw !== 'string') return bad('not text');
  if (raw.length > MAX_JOB_CURSOR_LENGTH) return bad('too long');
  const cursors = new Map<number, string>();
  if (raw === '') return { ok: true, cursors };
  let last = -1;
  for (const part of raw.split(',')) {
    const m = PAIR.exec(part);
    if (!m) return bad('index:cursor pairs separated by commas');
    const index = Number(m[1]);
    const value = m[2] ?? '';
    if (index >= workers) return bad(`worker ${index} is not one of the ${workers} workers`);
    if (index <= last) return bad('workers in ascending order, each once');
    if (!cursor.test(value)) return bad(`worker ${index} has no valid cursor`);
    cursors.set(index, value);
    last = index;
  }
  return { ok: true, cursors };
}
