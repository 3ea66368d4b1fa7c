import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { fetchJobs, JOB_LIST_REFRESH_MS } from '../api/list-jobs.js';
import { jobKeys } from '../../../lib/query-keys/job-keys.js';
import { searchV2Jobs } from '../api/search-v2-jobs.js';
import { fromV1, fromV2, mergeRows, type JobRow } from '../job-rows.js';
import type { JobListFilters } from '../list-filters.js';
import { listSources, type ListSource } from '../list-sources.js';

interface SourcePage {
  rows: JobRow[];
  /** Jobs matching the filters in this source. */
  total: number;
  /** Jobs of this page the tolerant reader could not read. */
  dropped: number;
}

export interface JobList {
  rows: JobRow[];
  total: number;
  pageCount: number;
  /** True until every source answered once. */
  isPending: boolean;
  isFetching: boolean;
  /** The first failure of any source; the rows of the others still show. */
  error: unknown;
  /** True when every source failed. */
  allFailed: boolean;
  /** Jobs of the shown pages that could not be read (left out of `rows`). */
  dropped: number;
  /** The API versions whose list failed (the others' rows still show). */
  failedApis: ('v1' | 'v2')[];
}

async function fetchSource(source: ListSource, signal: AbortSignal): Promise<SourcePage> {
  if (source.api === 'v1') {
    const data = await fetchJobs(source.query, signal);
    return {
      rows: data.jobs.map(fromV1),
      total: data.job_total_count,
      dropped: data.dropped_items,
    };
  }
  const data = await searchV2Jobs(source.body, signal);
  return { rows: data.items.map(fromV2), total: data.count, dropped: data.dropped_items };
}

const isActive = (page: SourcePage | undefined) =>
  !!page?.rows.some((r) => !['succeeded', 'failed', 'stopped'].includes(r.bucket));

/** One list page over v1 and v2: a page of each source, merged by the sort field. */
export function useJobList(filters: JobListFilters, me?: string): JobList {
  const sources = listSources(filters);
  return useQueries({
    queries: sources.map((source) => ({
      queryKey: source.api === 'v1' ? jobKeys.list(source.query) : jobKeys.v2List(source.body),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchSource(source, signal),
      staleTime: 2_000,
      placeholderData: keepPreviousData,
      refetchInterval: (query: { state: { data: SourcePage | undefined } }) =>
        isActive(query.state.data) ? JOB_LIST_REFRESH_MS : false,
    })),
    combine: (results) => {
      const pages = results.flatMap((r) => (r.data ? [r.data] : []));
      const total = pages.reduce((sum, p) => sum + p.total, 0);
      const pageCount = Math.max(1, ...pages.map((p) => Math.ceil(p.total / filters.size)));
      const failed = results.filter((r) => r.isError);
      const failedApis = sources.filter((_s, i) => results[i]?.isError).map((s) => s.api);
      const merged = mergeRows(
        pages.map((p) => p.rows),
        filters.sort,
        filters.order,
      );
      // "Mine" keeps this page's v2 jobs whose creator is me (ModelArts cannot filter by it)
      const rows = filters.mine ? merged.filter((r) => r.createdBy === me) : merged;
      return {
        rows,
        total: filters.mine ? rows.length : total,
        pageCount,
        isPending: results.some((r) => r.isPending && !r.isError),
        isFetching: results.some((r) => r.isFetching),
        error: failed[0]?.error ?? null,
        allFailed: failed.length === results.length,
        failedApis,
        dropped: pages.reduce((sum, p) => sum + p.dropped, 0),
      };
    },
  });
}
