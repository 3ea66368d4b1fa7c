import type { LogSearchEnd, LogSearchMatch } from '@console/shared';
import { logLineBatches, type LineReadState } from './log-lines.js';

export interface SearchRequest {
  text: string;
  caseSensitive: boolean;
  /** Look at lines before this one only (the browser holds it and those after). */
  beforeLine?: number;
}

export interface SearchLimits {
  maxMatches: number;
  maxBytes: number;
}

/**
 * Plain-text search of a log read from its start (no regular expression: a pattern from a user
 * never runs on the server), bounded by matches and bytes. Each match goes to `emit` (awaited:
 * the caller's back-pressure); the read stops at `beforeLine`, the bounds or when `stop()` says so.
 */
export async function searchLog(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  req: SearchRequest,
  limits: SearchLimits,
  emit: (m: LogSearchMatch) => void | Promise<void>,
  stop: () => boolean = () => false,
): Promise<LogSearchEnd> {
  const state: LineReadState = { bytesRead: 0, truncated: false };
  const needle = req.caseSensitive ? req.text : req.text.toLowerCase();
  let line = 0;
  let matches = 0;
  let more = false;
  let ended = false;
  // one await per chunk, not per line (a million lines are one await each otherwise)
  // a chunk of whole lines without the text anywhere is only counted (lower-casing lines joined by
  // newlines lower-cases each as on its own: a newline is neither cased nor case-ignorable)
  const skip = (text: string, lines: number) =>
    (req.beforeLine === undefined || line + lines < req.beforeLine) &&
    !(req.caseSensitive ? text : text.toLowerCase()).includes(needle) &&
    !stop();
  for await (const batch of logLineBatches(chunks, limits.maxBytes, state, skip)) {
    if (typeof batch === 'number') {
      line += batch;
      continue;
    }
    for (const text of batch) {
      line += 1;
      if ((req.beforeLine !== undefined && line >= req.beforeLine) || stop()) {
        line -= 1;
        ended = true;
        break;
      }
      const hay = req.caseSensitive ? text : text.toLowerCase();
      if (!hay.includes(needle)) continue;
      if (matches >= limits.maxMatches) {
        more = true;
        ended = true;
        break;
      }
      matches += 1;
      await emit({ line, text });
    }
    if (ended) break;
  }
  return { done: true, lines_read: line, matches, truncated: state.truncated, more };
}
