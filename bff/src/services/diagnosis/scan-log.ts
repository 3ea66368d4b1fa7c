import type { DiagnosisError, DiagnosisLine } from '@console/shared';
import { logLines, type LineReadState } from '../log-read/log-lines.js';
import { FirstErrorScanner } from './first-error-scanner.js';

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
 * context are found, the log ends, or `maxBytes` have been read; then stops the source.
 */
export async function scanLog(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  maxBytes: number,
): Promise<LogScan> {
  const scanner = new FirstErrorScanner();
  const state: LineReadState = { bytesRead: 0, truncated: false };
  let stopped = false;
  for await (const line of logLines(chunks, maxBytes, state)) {
    if (scanner.push(line)) {
      stopped = true;
      break;
    }
  }
  return {
    error: scanner.result(),
    tail: scanner.tail(),
    bytesRead: state.bytesRead,
    truncated: state.truncated,
    complete: !stopped && !state.truncated,
  };
}
