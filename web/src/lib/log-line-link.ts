import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** `?line=N` (a line of the log, from 1) and which worker's log: `file` (v1) or `task` (v2). */
export type WorkerParam = 'file' | 'task';

/** The search part of a job page's address that opens `worker`'s log at `line`. */
export function lineSearch(param: WorkerParam, worker: string, line: number): string {
  return `?${new URLSearchParams({ line: String(line), [param]: worker })}`;
}

function lineOf(raw: string | null): number | null {
  if (!raw || !/^\d{1,9}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 ? n : null;
}

/**
 * The line a job page's address points at, and a way to point it at another (a clicked line
 * number): replaces the history entry, keeps nothing else of the search.
 */
export function useLineLink(param: WorkerParam): {
  line: number | null;
  worker: string | null;
  link: (worker: string, line: number) => void;
  /** Shows another worker's log (no line): `null` for none. */
  select: (worker: string | null) => void;
} {
  const [search, setSearch] = useSearchParams();
  const link = useCallback(
    (worker: string, line: number) =>
      setSearch(new URLSearchParams({ line: String(line), [param]: worker }), { replace: true }),
    [param, setSearch],
  );
  const select = useCallback(
    (worker: string | null) =>
      setSearch(worker ? new URLSearchParams({ [param]: worker }) : new URLSearchParams(), {
        replace: true,
      }),
    [param, setSearch],
  );
  return { line: lineOf(search.get('line')), worker: search.get(param), link, select };
}
