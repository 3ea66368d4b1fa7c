import {
  TrainingJobListResponseSchema,
  type TrainingJobListQuery,
  v1Endpoints,
} from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { apiPath } from '../../../lib/api-path.js';

/** How often the list refreshes while its tab is visible. */
export const JOB_LIST_REFRESH_MS = 5_000;

function toQuery(params: TrainingJobListQuery): Record<string, string | number | undefined> {
  const query: Record<string, string | number | undefined> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') query[key] = value;
  }
  return query;
}

/** `GET /api/v1/training-jobs` (catalog §3.2): one page of v1 jobs. */
export function fetchJobs(params: TrainingJobListQuery, signal?: AbortSignal) {
  return apiRequest(apiPath(v1Endpoints.listJobs), {
    query: toQuery(params),
    schema: TrainingJobListResponseSchema,
    ...(signal ? { signal } : {}),
  });
}
