import { useMemo } from 'react';
import { levelOf, passes, type LevelFilter } from './log-levels.js';
import { compileSearch, lineMatches, type SearchOptions } from './log-search.js';

export interface LogRows {
  /** The lines shown, as indices into `lines` (null: every line, in order). */
  rows: readonly number[] | null;
  /** Rows (positions in what is shown) whose line matches the search, in order. */
  matches: readonly number[];
  search: RegExp | null;
  searchError?: string;
}

/**
 * What the viewer shows of `lines` under a level filter, and where the search matches in it.
 * Recomputed when the lines grow (`revision`), the filter or the search change: a pass over the
 * lines in memory (bounded by the log buffer) with one or two regular expressions per line.
 */
export function useLogRows(
  lines: readonly string[],
  revision: number,
  filter: LevelFilter,
  options: SearchOptions,
): LogRows {
  const count = lines.length;
  const rows = useMemo(() => {
    if (filter === 'all') return null;
    const shown: number[] = [];
    for (let i = 0; i < count; i++) if (passes(levelOf(lines[i] ?? ''), filter)) shown.push(i);
    return shown;
    // `lines` is appended in place: `revision` and `count` say that it changed
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lines, count, revision, filter]);

  const compiled = useMemo(
    () => compileSearch(options),
    [options.text, options.regex, options.caseSensitive], // eslint-disable-line react-hooks/exhaustive-deps
  );

  const matches = useMemo(() => {
    const re = compiled.re;
    if (!re) return [];
    const found: number[] = [];
    const total = rows ? rows.length : count;
    for (let r = 0; r < total; r++) {
      const i = rows ? (rows[r] ?? 0) : r;
      if (lineMatches(lines[i] ?? '', re)) found.push(r);
    }
    return found;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lines, count, revision, rows, compiled]);

  return {
    rows,
    matches,
    search: compiled.re,
    ...('error' in compiled && compiled.error ? { searchError: compiled.error } : {}),
  };
}
