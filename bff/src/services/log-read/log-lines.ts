/** Characters kept of a line read from a log (the rest of a longer line is dropped). */
export const MAX_READ_LINE_CHARS = 4000;

export interface LineReadState {
  bytesRead: number;
  /** The read stopped at the byte cap (the rest of the log was not read). */
  truncated: boolean;
}

/** A line cut to MAX_READ_LINE_CHARS, without the `\r` of a CRLF ending. */
function trimmed(line: string): string {
  const cut = line.length > MAX_READ_LINE_CHARS ? line.slice(0, MAX_READ_LINE_CHARS) : line;
  return cut.charCodeAt(cut.length - 1) === 13 ? cut.slice(0, -1) : cut;
}

/** The number of lines of a text of whole lines none of them cut; undefined when it is not one. */
function wholeLines(text: string): number | undefined {
  if (text.charCodeAt(text.length - 1) !== 10) return undefined;
  let count = 0;
  for (
    let from = 0, nl = text.indexOf('\n');
    nl >= 0;
    from = nl + 1, nl = text.indexOf('\n', from)
  ) {
    if (nl - from > MAX_READ_LINE_CHARS) return undefined;
    count += 1;
  }
  return count;
}

type Chunks = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/**
 * The lines of a log read from its start (text pages or raw UTF-8 bytes, a character cut
 * between chunks included), at most `maxBytes` of it; `state` says how much was read and whether
 * the cap stopped it. Stopping the iteration early stops the source (its iterator's `return`
 * runs, so a network read is cut). A line longer than MAX_READ_LINE_CHARS is cut, never held whole.
 */
export async function* logLines(
  chunks: Chunks,
  maxBytes: number,
  state: LineReadState,
): AsyncGenerator<string> {
  for await (const lines of logLineBatches(chunks, maxBytes, state))
    if (typeof lines !== 'number') yield* lines;
}

/**
 * Whether a chunk of whole lines (none cut, none begun in the chunk before) need not be split:
 * given its text and its number of lines. Then only that number is given.
 */
export type SkipLines = (text: string, lines: number) => boolean;

/**
 * The same lines as `logLines`, one array per chunk read: for callers that look at every line of
 * a large log (a search), which then pay one `await` per chunk instead of one per line; a chunk
 * `skip` passes is given as its number of lines only.
 */
export async function* logLineBatches(
  chunks: Chunks,
  maxBytes: number,
  state: LineReadState,
  skip?: SkipLines,
): AsyncGenerator<string[] | number> {
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  let restCut = false;
  for await (const chunk of chunks) {
    const size = typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    const room = maxBytes - state.bytesRead;
    const over = size > room;
    const text =
      typeof chunk === 'string'
        ? over
          ? Buffer.from(chunk).subarray(0, room).toString('utf8')
          : chunk
        : decoder.decode(over ? chunk.subarray(0, room) : chunk, { stream: !over });
    state.bytesRead += Math.min(size, room);
    const whole = skip && !over && rest === '' && !restCut ? wholeLines(text) : undefined;
    if (whole !== undefined && skip?.(text, whole)) {
      yield whole;
      continue;
    }
    const out: string[] = [];
    let from = 0;
    let nl = text.indexOf('\n');
    while (nl >= 0) {
      const line = restCut ? rest : rest + text.slice(from, nl);
      rest = '';
      restCut = false;
      out.push(trimmed(line));
      from = nl + 1;
      nl = text.indexOf('\n', from);
    }
    if (!restCut) {
      rest += text.slice(from);
      if (rest.length > MAX_READ_LINE_CHARS) {
        rest = rest.slice(0, MAX_READ_LINE_CHARS);
        restCut = true;
      }
    }
    if (out.length > 0) yield out;
    if (over) {
      state.truncated = true;
      return;
    }
  }
  const last = restCut ? rest : rest + decoder.decode();
  if (last !== '') yield [last.slice(0, MAX_READ_LINE_CHARS)];
}
