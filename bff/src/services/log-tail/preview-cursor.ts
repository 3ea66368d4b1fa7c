/**
 * Byte-offset cursor over a v2 task log read through the preview API (catalog §4.8): each read gives
 * the newest `current_size` bytes (at most 5 MB) of a log that is `full_size` bytes long. A cursor is
 * the byte offset after the last line handed out; lines are cut on "\n" (which never occurs inside a
 * multi-byte UTF-8 sequence, so every cut is also a character boundary).
 */
export interface Preview {
  content: string;
  currentSize: number;
  fullSize: number;
}

export interface PreviewCut {
  lines: string[];
  /** The cursor after `lines` (equal to the input cursor when nothing new is complete). */
  next: number;
}

export const PREVIEW_WINDOW_LABEL = '5 MB';

export function skippedLine(bytes: number): string {
  return `[console] ${bytes} bytes skipped: older than the ${PREVIEW_WINDOW_LABEL} preview window`;
}

const NL = 0x0a;
const REPLACEMENT = '\uFFFD';

/** "\n"-terminated lines (a last unterminated piece counts as a line); a trailing "\r" is dropped. */
export function splitLines(bytes: Buffer): string[] {
  if (bytes.length === 0) return [];
  const parts = bytes.toString('utf8').split('\n');
  if (parts.at(-1) === '') parts.pop();
  return parts.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** Leading replacement characters (at most 3: the bytes of a character cut by the window start). */
function leadingReplacements(content: string): number {
  let k = 0;
  while (k < 3 && content[k] === REPLACEMENT) k += 1;
  return k;
}

/**
 * The preview as bytes with their log offsets: `bytes[i]` is the byte at offset `start + i`, exactly
 * so up to the last "\n" at least. The upstream decodes the raw window as UTF-8 before sending it,
 * so a character cut by the window start arrives as one U+FFFD per byte (dropped here: they are not
 * text), and a character cut at the end (the job flushed half of it) as one U+FFFD for 1–3 bytes.
 * The bytes are therefore aligned with the end (`fullSize`) unless the content ends in U+FFFD;
 * then with the start (`fullSize - currentSize`).
 */
function windowOf(p: Preview): { bytes: Buffer; start: number } {
  const cutAtStart = p.fullSize > p.currentSize ? leadingReplacements(p.content) : 0;
  const bytes = Buffer.from(cutAtStart ? p.content.slice(cutAtStart) : p.content, 'utf8');
  if (!p.content.endsWith(REPLACEMENT)) {
    const size = Math.min(bytes.length, Math.max(0, p.fullSize));
    return { bytes: bytes.subarray(bytes.length - size), start: p.fullSize - size };
  }
  return { bytes, start: Math.max(0, p.fullSize - p.currentSize) + cutAtStart };
}

/** The window's bytes from `offset` on (the window's tail may be inexact: see windowOf). */
function bytesFrom(w: { bytes: Buffer; start: number }, offset: number): Buffer {
  return w.bytes.subarray(Math.max(0, offset - w.start));
}

/**
 * What a poll adds after `cursor`: the complete lines among the bytes `[cursor, fullSize)`. A partial
 * last line is held back (the cursor stays before it) unless `terminal`, when it is final. Bytes that
 * already left the preview window are reported by one `skippedLine` and reading continues at the
 * window's first whole character.
 */
export function cutPreview(cursor: number, p: Preview, terminal: boolean): PreviewCut {
  if (p.fullSize <= cursor) return { lines: [], next: cursor };
  const w = windowOf(p);
  const lines: string[] = [];
  let from = cursor;
  if (from < w.start) {
    from = w.start;
    lines.push(skippedLine(from - cursor));
  }
  const fresh = bytesFrom(w, from);
  if (terminal) return { lines: [...lines, ...splitLines(fresh)], next: p.fullSize };
  const complete = fresh.lastIndexOf(NL) + 1;
  lines.push(...splitLines(fresh.subarray(0, complete)));
  return { lines, next: from + complete };
}

/**
 * The lines of an earlier page `(from, to]` read again from a later preview (the buffer evicted
 * them). Whatever has left the window since is reported by one `skippedLine`.
 */
export function linesBetween(from: number, to: number, p: Preview): string[] | undefined {
  if (p.fullSize < to) return undefined;
  const w = windowOf(p);
  const lines: string[] = [];
  let start = from;
  if (start < w.start) {
    start = Math.min(to, w.start);
    lines.push(skippedLine(start - from));
  }
  if (start >= to) return lines;
  const rest = bytesFrom(w, start);
  lines.push(...splitLines(to === p.fullSize ? rest : rest.subarray(0, to - start)));
  return lines;
}
