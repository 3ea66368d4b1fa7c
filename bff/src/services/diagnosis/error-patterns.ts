import type { DiagnosisKind } from '@console/shared';

/**
 * The one place that says which log lines explain a failure. The first line of a log that matches
 * any entry is the error line; add an entry here to recognise another kind. Patterns are tested on
 * a line without ANSI colours, cut to MAX_TEST_CHARS (a pattern never sees an endless line).
 */
export interface ErrorPattern {
  kind: DiagnosisKind;
  label: string;
  test: RegExp;
}

export const TRACEBACK_HEADER = /^\s*Traceback \(most recent call last\):/;

export const ERROR_PATTERNS: readonly ErrorPattern[] = [
  { kind: 'traceback', label: 'Python exception', test: TRACEBACK_HEADER },
  {
    kind: 'oom',
    label: 'Out of memory',
    test: /\b(?:out of memory|OutOfMemoryError|OOMKilled|oom-kill|MemoryError|Cannot allocate memory)\b/i,
  },
  {
    kind: 'killed',
    label: 'Process killed',
    test: /(?:^|\s)Killed(?:\s|$)|\bkilled by SIG[A-Z]+\b|\bsignal (?:9|SIGKILL)\b/,
  },
  {
    kind: 'fatal',
    label: 'Fatal error',
    test: /\b(?:FATAL|CRITICAL|Segmentation fault|core dumped|panic:)/,
  },
  { kind: 'error', label: 'Error', test: /\b[A-Za-z_.]*(?:Error|Exception):\s/ },
  { kind: 'error', label: 'Error', test: /\bERROR\b|\blevel=error\b/ },
  {
    kind: 'service',
    label: 'Training service',
    test: /\[ModelArts Service Log\].*\b(?:could not start|Training failed:)/,
  },
];

/** The exit code a service line reports ("Training failed with exit code 1", "return code: 137"). */
const EXIT_CODE = /\b(?:exit(?:ed)? (?:with )?code|return code)[:\s]+(-?\d{1,4})\b/i;

export const MAX_TEST_CHARS = 2000;
// eslint-disable-next-line no-control-regex -- ANSI escape sequences start with ESC
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

/** A line as the patterns see it: without ANSI colours, bounded. */
export function plain(line: string): string {
  return line
    .slice(0, MAX_TEST_CHARS * 2)
    .replace(ANSI, '')
    .slice(0, MAX_TEST_CHARS);
}

/** The first pattern a line matches, if any. */
export function classify(line: string): ErrorPattern | undefined {
  const text = plain(line);
  return ERROR_PATTERNS.find((p) => p.test.test(text));
}

/** The exit code the last such line among `lines` reports, or null. */
export function exitCodeIn(lines: readonly string[]): number | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = EXIT_CODE.exec(plain(lines[i] ?? ''));
    if (m) return Number(m[1]);
  }
  return null;
}
