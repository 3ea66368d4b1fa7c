import { bulkhead } from 'cockatiel';
import type { ModelArtsV2LogClient } from '../../clients/modelarts-v2-client.js';
import { openV2LogFile, type V2LogTarget } from '../log-download/v2-log-file.js';
import { learning, type LineOffsetCache } from './v2-line-offsets.js';

export interface V2LineCountDeps {
  v2: ModelArtsV2LogClient;
  modelartsEndpoint: string;
  obsDownloadHosts: string[];
  /** Counts beyond this many bytes are not made (the lines endpoint reads no further either). */
  maxBytes?: number;
  /** A count that takes longer is given up (undefined). */
  timeoutMs?: number;
  /** Counts running at once (each reads a file); more wait in a queue of `maxQueued`. */
  maxAtOnce?: number;
  maxQueued?: number;
  /** Taught the line starts a count reads past (the lines endpoint reads from them). */
  offsets?: LineOffsetCache;
}

/** How many lines bytes `[from, to)` of a task's log hold; undefined when that cannot be known. */
export type CountLogLines = (
  target: V2LogTarget,
  token: string,
  from: number,
  to: number,
) => Promise<number | undefined>;

const REMEMBERED = 1024;

/** The "\n" bytes in `b`. */
export function newlinesIn(b: Uint8Array): number {
  let n = 0;
  for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) n += 1;
  return n;
}

/** The "\n" bytes among the `length` bytes after the first `skip` of `stream`; undefined if it ends first. */
export async function countNewlines(
  stream: AsyncIterable<Uint8Array>,
  skip: number,
  length: number,
): Promise<number | undefined> {
  let toSkip = skip;
  let left = length;
  let count = 0;
  if (left === 0) return 0;
  for await (const chunk of stream) {
    const start = Math.min(toSkip, chunk.length);
    toSkip -= start;
    const part = chunk.subarray(start, start + left);
    count += newlinesIn(part);
    left -= part.length;
    if (left === 0) return count; // leaving the loop destroys the stream: the rest is not read
  }
  return undefined;
}

/**
 * Counts the lines of a stretch of a v2 task's full log file (§4.9's OBS link, asked for that byte
 * range): how the live stream numbers the lines after bytes it skipped (see preview-cursor.ts). A
 * log file only grows, so a count is remembered (per task and range; the last REMEMBERED). Bounded:
 * `maxAtOnce` reads at once, `maxBytes` per count, `timeoutMs` each; any failure is "unknown".
 */
export function v2LineCounter(deps: V2LineCountDeps): CountLogLines {
  const maxBytes = deps.maxBytes ?? 512 * 1024 * 1024;
  const timeoutMs = deps.timeoutMs ?? 20_000;
  const slots = bulkhead(deps.maxAtOnce ?? 4, deps.maxQueued ?? 64);
  const known = new Map<string, Promise<number | undefined>>();

  async function count(target: V2LogTarget, token: string, from: number, to: number) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      const file = await openV2LogFile(
        { ...deps, fetchTimeoutMs: timeoutMs, onRefusedHost: () => undefined },
        target,
        token,
        abort.signal,
        { from, to },
      );
      try {
        const at = file.ranged ? from : 0;
        const offsets = deps.offsets?.of(target);
        const chunks: AsyncIterable<Uint8Array> = offsets
          ? learning(file.stream, at, offsets)
          : file.stream;
        return await countNewlines(chunks, from - at, to - from);
      } finally {
        file.stream.destroy();
      }
    } finally {
      clearTimeout(timer);
    }
  }

  return async (target, token, from, to) => {
    if (!(from >= 0 && to >= from && to - from <= maxBytes)) return undefined;
    const key = JSON.stringify([target.projectId, target.jobId, target.taskId, from, to]);
    let answer = known.get(key);
    if (!answer) {
      answer = slots.execute(() => count(target, token, from, to)).catch(() => undefined);
      known.set(key, answer);
      // an unknown count is not kept: the next read may succeed
      void answer.then((n) => {
        if (n === undefined) known.delete(key);
      });
      if (known.size > REMEMBERED) known.delete(known.keys().next().value ?? '');
    }
    return answer;
  };
}
