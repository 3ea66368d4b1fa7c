/**
 * The console's own lines in a log stream ("[console] N bytes skipped …", preview-cursor.ts) are
 * carried through the tail — pages, their buffer, Redis — with a leading "\n", which no line of a
 * log can have (v1 and v2 logs are both cut on "\n"). The SSE writers take the mark off and list
 * those lines in the event's `console` (shared/src/console/log-stream.ts), so that a job printing
 * the same text gets a line of its log and nothing more.
 */
const MARK = '\n';

/** `text` as one of the console's own lines of a stream. */
export function consoleLine(text: string): string {
  return MARK + text;
}

/** The text of a console line (undefined for a line of the log). */
export function consoleTextOf(line: string): string | undefined {
  return line.startsWith(MARK) ? line.slice(MARK.length) : undefined;
}

/** A page's lines as a `log` event carries them: the text, and which are the console's own. */
export function wireLines(lines: readonly string[]): {
  lines: readonly string[];
  console?: number[];
} {
  let console: number[] | undefined;
  let out: string[] | undefined;
  for (const [i, line] of lines.entries()) {
    const text = consoleTextOf(line);
    if (text === undefined) continue;
    out ??= [...lines];
    out[i] = text;
    (console ??= []).push(i);
  }
  return out && console ? { lines: out, console } : { lines };
}
