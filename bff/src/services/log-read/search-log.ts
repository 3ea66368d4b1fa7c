import type { LogSearchEnd, LogSearchMatch } from '@console/shared';
import { logLines, type LineReadState } from './log-lines.js';

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
  for await (const text of logLines(chunks, limits.maxBytes, state)) {
    line += 1;
    if ((req.beforeLine !== undefined && line >= req.beforeLine) || stop()) {
      line -= 1;
      break;
    }
    const hay = req.caseSensitive ? text : text.toLowerCase();
    if (!hay.includes(needle)) continue;
    if (matches >= limits.maxMatches) {
      more = true;
      break;
    }
    matches += 1;
    await emit({ line, text });
  }
  return { done: true, lines_read: line, matches, truncated: state.truncated, more };
}
