/** How a log line reads: an error, a warning, or neither (besides its ANSI colours). */
export type LineLevel = 'error' | 'warning' | null;

/** Which lines the viewer shows: every line, warnings and errors, or errors only. */
export type LevelFilter = 'all' | 'warnings' | 'errors';

// eslint-disable-next-line no-control-regex -- ANSI escape sequences start with ESC
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
/** Characters of a line the viewer looks at (for levels and search): colours out, bounded. */
export const MAX_SCAN_CHARS = 4000;

/** The line without ANSI colours (what search and levels look at; what "copy" copies). */
export function plainText(line: string): string {
  return line.includes('\u001b') ? line.replace(ANSI, '') : line;
}

const ERROR = [
  /^\s*Traceback \(most recent call last\):/,
  /\b[A-Za-z_.]*(?:Error|Exception):\s/,
  /\b(?:ERROR|FATAL|CRITICAL)\b|\blevel=error\b/,
  /(?:^|\s)Killed(?:\s|$)|\bSegmentation fault\b|\bOOMKilled\b/,
  /\bout of memory\b/i,
  /\bTraining failed\b/,
];
const WARNING = [/\b(?:WARN|WARNING)\b|\blevel=warn(?:ing)?\b/, /\b[A-Za-z]*Warning:\s/];

/** The level of a line, by the words it holds. */
export function levelOf(line: string): LineLevel {
  const text = plainText(line.slice(0, MAX_SCAN_CHARS));
  if (ERROR.some((re) => re.test(text))) return 'error';
  if (WARNING.some((re) => re.test(text))) return 'warning';
  return null;
}

/** Whether a line of `level` is shown under `filter`. */
export function passes(level: LineLevel, filter: LevelFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'errors') return level === 'error';
  return level !== null;
}
