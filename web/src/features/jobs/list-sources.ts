import { V2_PHASES, v2PhaseInfo, type TrainingJobListQuery } from '@console/shared';
import { timeWindow, type JobListFilters, type StatusFilter } from './list-filters.js';
import type { TimeWindow } from './merge/time-window.js';

/**
 * v1 status codes asked for per status filter. The v1 list filters by ONE code (`status`), so a
 * bucket becomes one list per code (merged like the APIs are); only the codes a job passes
 * through in practice are asked.
 */
export const V1_CODES_BY_STATUS: Record<StatusFilter, readonly number[]> = {
  pending: [1, 7],
  running: [8],
  stopping: [9],
  succeeded: [10],
  failed: [11],
  stopped: [12, 13],
};

/** v2 phases of a bucket, derived from the shared phase table. */
export function v2PhasesOf(status: StatusFilter): string[] {
  return V2_PHASES.filter((phase) => v2PhaseInfo(phase).bucket === status);
}

export interface V2SearchFilter {
  key: string;
  operator: 'like' | 'in' | 'between' | 'not';
  value: string[];
}

/** Body of `POST /v2/{project_id}/training-job-searches` (catalog §4.3). */
export interface V2SearchBody {
  /** The page index (0 = first page): the API page says so, and so does the catalog. */
  offset: number;
  limit: number;
  sort_by: string;
  order: 'asc' | 'desc';
  filters?: V2SearchFilter[];
}

/** One server-sorted list behind the job list, without its paging (the merge pages it). */
export type ListSource =
  | {
      api: 'v1';
      query: Omit<TrainingJobListQuery, 'page' | 'per_page'>;
      /** v1 cannot filter by time: the window is cut out of the list sorted by time. */
      window: TimeWindow | null;
    }
  | { api: 'v2'; body: Omit<V2SearchBody, 'offset' | 'limit'> };

function v1Sources(filters: JobListFilters, window: TimeWindow | null): ListSource[] {
  const base = {
    sortBy: filters.sort === 'name' ? 'job_name' : 'create_time',
    order: filters.order,
    ...(filters.q ? { search_content: filters.q } : {}),
  } as const;
  const codes = filters.status ? V1_CODES_BY_STATUS[filters.status] : [undefined];
  return codes.map((status) => ({
    api: 'v1',
    query: status === undefined ? base : { ...base, status },
    window,
  }));
}

const bound = (ms: number | null) => (ms === null ? '' : String(ms));

export function v2SearchBody(
  filters: JobListFilters,
  window: TimeWindow | null = null,
): Omit<V2SearchBody, 'offset' | 'limit'> {
  const list: V2SearchFilter[] = [];
  if (filters.q) list.push({ key: 'name', operator: 'like', value: [filters.q] });
  if (filters.status)
    list.push({ key: 'phase', operator: 'in', value: v2PhasesOf(filters.status) });
  if (window)
    list.push({
      key: 'create_time',
      operator: 'between',
      value: [bound(window.from), bound(window.to)],
    });
  return {
    sort_by: filters.sort,
    order: filters.order,
    ...(list.length > 0 ? { filters: list } : {}),
  };
}

/**
 * The server-sorted lists behind the job list at `now`, in merge order (v1 first on ties).
 * Each is read by position and merged (merge/), so page N of "All" is the N-th slice of one order.
 */
export function listSources(filters: JobListFilters, now: number): ListSource[] {
  const window = timeWindow(filters, now);
  const sources: ListSource[] = [];
  // "Mine" is about v2 jobs: only they carry their creator
  if (filters.api !== 'v2' && !filters.mine) sources.push(...v1Sources(filters, window));
  if (filters.api !== 'v1') sources.push({ api: 'v2', body: v2SearchBody(filters, window) });
  return sources;
}
