import { useDocumentVisibility } from '@mantine/hooks';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { JOB_LIST_REFRESH_MS } from '../api/list-jobs.js';
import { loadJobPage } from '../api/load-job-page.js';
import { jobKeys } from '../../../lib/query-keys/job-keys.js';
import type { JobRow } from '../job-rows.js';
import type { JobListFilters } from '../list-filters.js';

export interface JobList {
  rows: JobRow[];
  total: number;
  pageCount: number;
  /** True until the list answered once. */
  isPending: boolean;
  isFetching: boolean;
  /** A failure of the whole list, or of one API (the other's rows still show). */
  error: unknown;
  /** True when no list answered. */
  allFailed: boolean;
  /** Jobs of the shown page that could not be read (left out of `rows`). */
  dropped: number;
  /** The API versions whose list failed (the others' rows still show). */
  failedApis: ('v1' | 'v2')[];
  /** When the shown rows were read (epoch ms; 0 before the first answer). */
  updatedAt: number;
  /** Whether the list refreshes by itself now (only while its tab is visible). */
  autoRefresh: boolean;
  /** Reads the page again now. */
  refresh: () => void;
}

/** One page of the merged list: the list reads it, and the route starts it early (prefetch-job-list.ts). */
export const jobPageQuery = (filters: JobListFilters) =>
  queryOptions({
    queryKey: jobKeys.page(filters),
    queryFn: ({ signal }) => loadJobPage(filters, signal),
    staleTime: 2_000,
  });

/**
 * One page of the job list over v1 and v2 (api/load-job-page.ts). It refreshes every few seconds
 * while the tab is visible (Page Visibility API), finished jobs or not: a job started elsewhere
 * shows up; a hidden tab asks nothing.
 */
export function useJobList(filters: JobListFilters, me?: string): JobList {
  const visible = useDocumentVisibility() === 'visible';
  const query = useQuery({
    ...jobPageQuery(filters),
    placeholderData: keepPreviousData,
    refetchInterval: visible ? JOB_LIST_REFRESH_MS : false,
    refetchIntervalInBackground: false,
  });
  const data = query.data;
  // "Mine" keeps this page's v2 jobs whose creator is me (ModelArts cannot filter by it)
  const rows = data ? (filters.mine ? data.rows.filter((r) => r.createdBy === me) : data.rows) : [];
  const total = data ? (filters.mine ? rows.length : data.total) : 0;
  return {
    rows,
    total,
    pageCount: Math.max(1, Math.ceil((data?.total ?? 0) / filters.size)),
    isPending: query.isPending,
    isFetching: query.isFetching,
    error: query.error ?? data?.error ?? null,
    allFailed: query.isError && !data,
    dropped: data?.dropped ?? 0,
    failedApis: query.isError && !data ? ['v1', 'v2'] : (data?.failedApis ?? []),
    updatedAt: query.dataUpdatedAt,
    autoRefresh: visible,
    refresh: () => void query.refetch(),
  };
}
