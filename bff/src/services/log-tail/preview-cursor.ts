import { skippedBytesLine } from '@console/shared';
import { newlinesIn } from '../log-read/v2-line-count.js';
import { consoleLine } from './console-lines.js';

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
  /** Bytes after the input cursor that were skipped (reported by the first line); 0: none. */
  skipped: number;
}

/** Bytes `[from, to)` of the log that a read leaves out (see previewSkip). */
export interface PreviewSkip {
  from: number;
  to: number;
}

export const PREVIEW_WINDOW_LABEL = '5 MB';

/**
 * "[console] N bytes skipped …", one of the console's own lines (console-lines.ts): `lines` when
 * they were counted (then they can be read by number).
 */
export function skippedLine(bytes: number, lines?: number): string {
  return consoleLine(
    lines === undefined
      ? skippedBytesLine(bytes, `older than the ${PREVIEW_WINDOW_LABEL} preview window`)
      : skippedBytesLine(bytes, "open this worker's own log and scroll up to read them", lines),
  );
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
 * The bytes a read after `cursor` should leave out: those that left the preview window, and —
 * reading from the log's start (`cursor` 0) — all but the last `tailBytes` (a new viewer needs the
 * end first; the rest is read by number as it scrolls). `to` is a line start: past the first "\n"
 * at or after the cut, unless the byte before the cut is one (or the window holds none after it).
 * Undefined when nothing need be skipped.
 */
export function previewSkip(
  cursor: number,
  p: Preview,
  tailBytes: number,
): PreviewSkip | undefined {
  if (p.fullSize <= cursor) return undefined;
  const w = windowOf(p);
  const cut = cursor === 0 ? Math.max(w.start, p.fullSize - tailBytes) : w.start;
  if (cut <= cursor) return undefined;
  if (cut > w.start && w.bytes[cut - w.start - 1] === NL) return { from: cursor, to: cut };
  const nl = bytesFrom(w, cut).indexOf(NL);
  return { from: cursor, to: nl < 0 ? cut : cut + nl + 1 };
}

/**
 * The "\n" bytes of `[from, to)` that the preview holds, and where that part starts (`start`):
 * the lines of a skip counted without reading the log file — all of them when the skip lies in
 * the window (a log under 5 MB), else all but those of `[from, start)`, which only the file has.
 */
export function newlinesInWindow(
  p: Preview,
  from: number,
  to: number,
): { start: number; newlines: number } {
  const w = windowOf(p);
  if (to <= w.start) return { start: to, newlines: 0 };
  const start = Math.max(from, w.start);
  return { start, newlines: newlinesIn(w.bytes.subarray(start - w.start, to - w.start)) };
}

/**
 * What a poll adds after `cursor`: the complete lines among the bytes `[cursor, fullSize)`. A partial
 * last line is held back (the cursor stays before it) unless `terminal`, when it is final.
 * `counted`: the skip (previewSkip) and the number of lines it holds: one `skippedLine` saying both,
 * then the lines from `skip.to`. Without it, bytes that already left the preview window are
 * reported by one `skippedLine` of bytes only and reading continues at the window's first whole
 * character.
 */
export function cutPreview(
  cursor: number,
  p: Preview,
  terminal: boolean,
  counted?: { skip: PreviewSkip; lines: number },
): PreviewCut {
  if (p.fullSize <= cursor) return { lines: [], next: cursor, skipped: 0 };
  const w = windowOf(p);
  const lines: string[] = [];
  let from = cursor;
  if (counted) {
    from = counted.skip.to;
    lines.push(skippedLine(from - cursor, counted.lines));
  } else if (from < w.start) {
    from = w.start;
    lines.push(skippedLine(from - cursor));
  }
  const skipped = from - cursor;
  const fresh = bytesFrom(w, from);
  if (terminal) return { lines: [...lines, ...splitLines(fresh)], next: p.fullSize, skipped };
  const complete = fresh.lastIndexOf(NL) + 1;
  lines.push(...splitLines(fresh.subarray(0, complete)));
  return { lines, next: from + complete, skipped };
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
