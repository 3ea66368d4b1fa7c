import { MAX_SCAN_CHARS, plainText } from './log-levels.js';

export interface SearchOptions {
  text: string;
  regex: boolean;
  caseSensitive: boolean;
}

/** A usable search (a RegExp with the `g` flag), none (empty text), or why the pattern is bad. */
export type CompiledSearch = { re: RegExp } | { re: null; error?: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileSearch({ text, regex, caseSensitive }: SearchOptions): CompiledSearch {
  if (text === '') return { re: null };
  const flags = caseSensitive ? 'g' : 'gi';
  if (!regex) return { re: new RegExp(escape(text), flags) };
  try {
    const re = new RegExp(text, flags);
    // a pattern that matches the empty string would mark every line
    re.lastIndex = 0;
    if (re.test('')) return { re: null, error: 'The pattern matches empty text' };
    return { re };
  } catch (err) {
    return { re: null, error: err instanceof Error ? err.message : 'Not a valid pattern' };
  }
}

/** Whether `line` holds a match (on its text without colours). */
export function lineMatches(line: string, re: RegExp): boolean {
  re.lastIndex = 0;
  return re.test(plainText(line.slice(0, MAX_SCAN_CHARS)));
}

export interface Segment {
  text: string;
  match: boolean;
}

/** The line cut into matched and unmatched pieces (at most `max` matches; never loops). */
export function splitMatches(line: string, re: RegExp, max = 200): Segment[] {
  const text = plainText(line);
  const out: Segment[] = [];
  let at = 0;
  re.lastIndex = 0;
  for (let n = 0; n < max; n++) {
    const m = re.exec(text);
    if (!m || m[0] === '') break;
    if (m.index > at) out.push({ text: text.slice(at, m.index), match: false });
    out.push({ text: m[0], match: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), match: false });
  return out;
}
