import type { DiagnosisError, DiagnosisLine } from '@console/shared';
import { FirstErrorScanner, MAX_LINE_CHARS } from './first-error-scanner.js';

export interface LogScan {
  error: DiagnosisError | null;
  /** The last lines read: the log's end when it was read to its end. */
  tail: DiagnosisLine[];
  bytesRead: number;
  /** The read stopped at the byte cap (the rest of the log was not looked at). */
  truncated: boolean;
  /** The log was read to its end. */
  complete: boolean;
}

/**
 * Reads a log from its start (text pages or raw UTF-8 bytes) until the first error line and its
 * context are found, the log ends, or `maxBytes` have been read; then stops the source (its
 * iterator's `return` runs, so a network read is cut). A line longer than the cap is cut, never
 * held whole.
 */
export async function scanLog(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  maxBytes: number,
): Promise<LogScan> {
  const scanner = new FirstErrorScanner();
  const decoder = new TextDecoder('utf-8');
  let bytesRead = 0;
  let rest = '';
  let truncated = false;
  let complete = true;
  const feed = (text: string): boolean => {
    rest += text;
    let nl = rest.indexOf('\n');
    while (nl >= 0) {
      if (scanner.push(rest.slice(0, nl).replace(/\r$/, ''))) return true;
      rest = rest.slice(nl + 1);
      nl = rest.indexOf('\n');
    }
    // a line without its end yet: keep only what can be shown of it
    if (rest.length > MAX_LINE_CHARS * 8) rest = rest.slice(0, MAX_LINE_CHARS * 8);
    return false;
  };
  for await (const chunk of chunks) {
    const size = typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    const room = maxBytes - bytesRead;
    const over = size > room;
    const part =
      typeof chunk === 'string'
        ? over
          ? Buffer.from(chunk).subarray(0, room).toString('utf8')
          : chunk
        : decoder.decode(over ? chunk.subarray(0, room) : chunk, { stream: !over });
    bytesRead += Math.min(size, room);
    if (feed(part)) {
      complete = false;
      break;
    }
    if (over) {
      truncated = true;
      complete = false;
      break;
    }
  }
  if (complete && !scanner.done) {
    const last = rest + decoder.decode();
    if (last !== '') scanner.push(last);
  }
  return { error: scanner.result(), tail: scanner.tail(), bytesRead, truncated, complete };
}
