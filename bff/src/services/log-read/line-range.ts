import { logLines, type LineReadState } from './log-lines.js';

/**
 * Lines `from`…`from + count - 1` (numbered from 1) of a log read from its start, within
 * `maxBytes` read in all; the read stops (and its source with it) once the range is in. Fewer
 * lines at the log's end or at the byte bound (`state.truncated` then says so).
 */
export async function readLineRange(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  from: number,
  count: number,
  maxBytes: number,
  state: LineReadState = { bytesRead: 0, truncated: false },
): Promise<string[]> {
  const out: string[] = [];
  if (count <= 0) return out;
  let line = 0;
  for await (const text of logLines(chunks, maxBytes, state)) {
    line += 1;
    if (line < from) continue;
    out.push(text);
    if (out.length >= count) break;
  }
  return out;
}
