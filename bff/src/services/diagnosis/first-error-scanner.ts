import type { DiagnosisError, DiagnosisLine } from '@console/shared';
import { classify, plain, TRACEBACK_HEADER, type ErrorPattern } from './error-patterns.js';

/** Lines kept before the error line, and read after it. */
export const LINES_BEFORE = 3;
export const LINES_AFTER = 3;
/** A traceback longer than this (without its exception line) is reported at its header. */
const MAX_TRACEBACK_LINES = 200;
/** Traceback lines shown before its exception line (the innermost frames). */
const TRACEBACK_SHOWN = 6;
/** Characters kept of a line in the answer. */
export const MAX_LINE_CHARS = 500;
/** Lines kept for the tail shown when nothing was recognised. */
export const TAIL_LINES = 8;

const cut = (text: string): string =>
  text.length > MAX_LINE_CHARS ? `${text.slice(0, MAX_LINE_CHARS)}…` : text;

interface Hit {
  pattern: ErrorPattern;
  at: DiagnosisLine;
  context: DiagnosisLine[];
  after: number;
}

/**
 * Finds the first error line of a log fed line by line (`push` answers true once it needs no more
 * lines): a Python traceback resolves to its exception line (the first unindented line after the
 * header), with the innermost frames as context; any other pattern of error-patterns.ts is
 * reported with LINES_BEFORE lines before it and LINES_AFTER after. Memory is bounded whatever the
 * input: at most MAX_TRACEBACK_LINES lines of MAX_LINE_CHARS characters are held.
 */
export class FirstErrorScanner {
  private count = 0;
  private recent: DiagnosisLine[] = [];
  private traceback: DiagnosisLine[] | undefined;
  private tracebackPattern: ErrorPattern | undefined;
  private hit: Hit | undefined;

  /** Lines seen so far. */
  get lines(): number {
    return this.count;
  }

  get done(): boolean {
    return this.hit !== undefined && this.hit.after >= LINES_AFTER;
  }

  push(raw: string): boolean {
    if (this.done) return true;
    this.count += 1;
    const entry = { line: this.count, text: cut(plain(raw)) };
    if (this.hit) {
      this.hit.context.push(entry);
      this.hit.after += 1;
    } else if (this.traceback) {
      this.inTraceback(entry);
    } else {
      const pattern = classify(raw);
      if (pattern?.kind === 'traceback') {
        this.traceback = [entry];
        this.tracebackPattern = pattern;
      } else if (pattern) {
        this.hit = {
          pattern,
          at: entry,
          context: [...this.recent.slice(-LINES_BEFORE), entry],
          after: 0,
        };
      }
    }
    this.recent.push(entry);
    if (this.recent.length > Math.max(LINES_BEFORE, TAIL_LINES)) this.recent.shift();
    return this.done;
  }

  private inTraceback(entry: DiagnosisLine): void {
    const tb = this.traceback ?? [];
    const pattern = this.tracebackPattern;
    if (!pattern) return;
    const ends = entry.text !== '' && !/^\s/.test(entry.text) && !TRACEBACK_HEADER.test(entry.text);
    if (ends) {
      const header = tb[0];
      const frames = tb.slice(1).slice(-TRACEBACK_SHOWN);
      const context = header ? [header, ...frames, entry] : [...frames, entry];
      this.hit = { pattern, at: entry, context, after: 0 };
      this.traceback = undefined;
    } else if (tb.length >= MAX_TRACEBACK_LINES) {
      const header = tb[0] ?? entry;
      this.hit = {
        pattern,
        at: header,
        context: [header, ...tb.slice(1, 1 + LINES_AFTER)],
        after: LINES_AFTER,
      };
      this.traceback = undefined;
    } else {
      tb.push(entry);
    }
  }

  /** The error found (an unfinished traceback counts, at its header), or null. */
  result(): DiagnosisError | null {
    let hit = this.hit;
    const tb = this.traceback;
    if (!hit && tb?.[0] && this.tracebackPattern) {
      hit = {
        pattern: this.tracebackPattern,
        at: tb[0],
        context: tb.slice(0, 1 + TRACEBACK_SHOWN),
        after: 0,
      };
    }
    if (!hit) return null;
    return {
      kind: hit.pattern.kind,
      label: hit.pattern.label,
      line: hit.at.line,
      text: hit.at.text,
      context: hit.context,
    };
  }

  /** The last lines seen (what to show when nothing was recognised). */
  tail(): DiagnosisLine[] {
    return this.recent.slice(-TAIL_LINES);
  }
}
