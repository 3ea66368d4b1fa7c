import { V2_PHASES, v2PhaseInfo, type TrainingJobListQuery } from '@console/shared';
import type { JobListFilters, StatusFilter } from './list-filters.js';

/**
 * v1 status codes asked for per status filter. The v1 list filters by ONE code (`status`), so a
 * bucket becomes one request per code; only the codes a job passes through in practice are asked.
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
  /** The page index (0 = first page), as the catalog documents for this endpoint. */
  offset: number;
  limit: number;
  sort_by: string;
  order: 'asc' | 'desc';
  filters?: V2SearchFilter[];
}

export type ListSource =
  { api: 'v1'; query: TrainingJobListQuery } | { api: 'v2'; body: V2SearchBody };

function v1Queries(filters: JobListFilters): TrainingJobListQuery[] {
  const base: TrainingJobListQuery = {
    page: filters.page,
    per_page: filters.size,
    sortBy: filters.sort === 'name' ? 'job_name' : 'create_time',
    order: filters.order,
    ...(filters.q ? { search_content: filters.q } : {}),
  };
  if (!filters.status) return [base];
  return V1_CODES_BY_STATUS[filters.status].map((status) => ({ ...base, status }));
}

export function v2SearchBody(filters: JobListFilters): V2SearchBody {
  const list: V2SearchFilter[] = [];
  if (filters.q) list.push({ key: 'name', operator: 'like', value: [filters.q] });
  if (filters.status)
    list.push({ key: 'phase', operator: 'in', value: v2PhasesOf(filters.status) });
  return {
    offset: filters.page - 1,
    limit: filters.size,
    sort_by: filters.sort,
    order: filters.order,
    ...(list.length > 0 ? { filters: list } : {}),
  };
}

/**
 * The requests behind one list page. "All" asks page N of every source with the same page size
 * and merges the answers by the sort field: a page shows up to `size` jobs of each API.
 */
export function listSources(filters: JobListFilters): ListSource[] {
  const sources: ListSource[] = [];
  // "Mine" is about v2 jobs: only they carry their creator
  if (filters.api !== 'v2' && !filters.mine) {
    for (const query of v1Queries(filters)) sources.push({ api: 'v1', query });
  }
  if (filters.api !== 'v1') sources.push({ api: 'v2', body: v2SearchBody(filters) });
  return sources;
}
