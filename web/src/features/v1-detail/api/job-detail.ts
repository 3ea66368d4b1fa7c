import { queryOptions } from '@tanstack/react-query';
import {
  isV1Terminal,
  TrainingJobVersionDetailsResponseSchema,
  v1Endpoints,
} from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { apiPath } from '../../../lib/api-path.js';
import { jobKeys } from '../../../lib/query-keys/job-keys.js';

export const JOB_DETAIL_REFRESH_MS = 3_000;

export function fetchJobVersion(jobId: number, versionId: number, signal?: AbortSignal) {
  return apiRequest(apiPath(v1Endpoints.getVersion, { job_id: jobId, version_id: versionId }), {
    schema: TrainingJobVersionDetailsResponseSchema,
    ...(signal ? { signal } : {}),
  });
}

export const jobDetailQueryOptions = (jobId: number, versionId: number) =>
  queryOptions({
    queryKey: jobKeys.detail('v1', jobId, versionId),
    queryFn: ({ signal }) => fetchJobVersion(jobId, versionId, signal),
    staleTime: 1_000,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      if (query.state.status === 'error') return false;
      return status !== undefined && isV1Terminal(status) ? false : JOB_DETAIL_REFRESH_MS;
    },
  });
