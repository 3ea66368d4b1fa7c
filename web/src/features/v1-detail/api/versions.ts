import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  CreateVersionResponseSchema,
  TrainingJobVersionListResponseSchema,
  V1SuccessSchema,
  type CreateVersionRequest,
  v1Endpoints,
} from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { apiPath } from '../../../lib/api-path.js';
import { createdV1, watchCreatedJob } from '../../../lib/job-notifications/auto-watch.js';
import { jobKeys } from '../../../lib/query-keys/job-keys.js';

export const versionsKey = (jobId: number) => [...jobKeys.job('v1', jobId), 'versions'] as const;

/** `GET …/training-jobs/{job_id}/versions` (catalog §3.3), first 100 versions. */
export const versionsQueryOptions = (jobId: number) =>
  queryOptions({
    queryKey: versionsKey(jobId),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v1Endpoints.listVersions, { job_id: jobId }), {
        query: { per_page: 100, page: 1 },
        schema: TrainingJobVersionListResponseSchema,
        signal,
      }),
    refetchInterval: 5_000,
  });

export function useCreateVersion(jobId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateVersionRequest) =>
      apiRequest(apiPath(v1Endpoints.createVersion, { job_id: jobId }), {
        method: 'POST',
        body,
        schema: CreateVersionResponseSchema,
      }),
    onSuccess: (created) => {
      const watched = createdV1({ job_id: jobId, version_id: created.version_id });
      if (watched) watchCreatedJob(watched);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: jobKeys.job('v1', jobId) }),
        queryClient.invalidateQueries({ queryKey: jobKeys.lists() }),
      ]);
    },
  });
}

export function useDeleteVersion(jobId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (versionId: number) =>
      apiRequest(apiPath(v1Endpoints.deleteVersion, { job_id: jobId, version_id: versionId }), {
        method: 'DELETE',
        schema: V1SuccessSchema,
      }),
    onSuccess: (_d, versionId) => {
      queryClient.removeQueries({ queryKey: jobKeys.detail('v1', jobId, versionId) });
      return queryClient.invalidateQueries({ queryKey: versionsKey(jobId) });
    },
  });
}
