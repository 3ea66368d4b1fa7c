import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  isV1Terminal,
  TrainingJobListResponseSchema,
  type TrainingJobListQuery,
  type TrainingJobListResponse,
} from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { jobKeys } from './job-keys.js';

export const JOB_LIST_REFRESH_MS = 5_000;

function toQuery(params: TrainingJobListQuery): Record<string, string | number | undefined> {
  const query: Record<string, string | number | undefined> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') query[key] = value;
  }
  return query;
}

export function fetchJobs(params: TrainingJobListQuery, signal?: AbortSignal) {
  return apiRequest('/api/v1/training-jobs', {
    query: toQuery(params),
    schema: TrainingJobListResponseSchema,
    ...(signal ? { signal } : {}),
  });
}

/** True while any listed job may still change: the list then refreshes itself. */
export function hasActiveJobs(data: TrainingJobListResponse | undefined): boolean {
  return !!data?.jobs.some((job) => !isV1Terminal(job.status));
}

export const jobListQueryOptions = (params: TrainingJobListQuery) =>
  queryOptions({
    queryKey: jobKeys.list(params),
    queryFn: ({ signal }) => fetchJobs(params, signal),
    staleTime: 2_000,
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (hasActiveJobs(query.state.data) ? JOB_LIST_REFRESH_MS : false),
  });
