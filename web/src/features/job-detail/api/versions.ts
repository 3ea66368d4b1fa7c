import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  CreateVersionResponseSchema,
  TrainingJobVersionListResponseSchema,
  V1SuccessSchema,
  type CreateVersionRequest,
} from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { jobKeys } from '../../jobs/api/job-keys.js';

const versionsPath = (jobId: number) => `/api/v1/training-jobs/${jobId}/versions`;

export const versionsKey = (jobId: number) => [...jobKeys.job('v1', jobId), 'versions'] as const;

/** `GET …/training-jobs/{job_id}/versions` (catalog §3.3), first 100 versions. */
export const versionsQueryOptions = (jobId: number) =>
  queryOptions({
    queryKey: versionsKey(jobId),
    queryFn: ({ signal }) =>
      apiRequest(versionsPath(jobId), {
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
      apiRequest(versionsPath(jobId), {
        method: 'POST',
        body,
        schema: CreateVersionResponseSchema,
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: jobKeys.job('v1', jobId) }),
        queryClient.invalidateQueries({ queryKey: jobKeys.lists() }),
      ]),
  });
}

export function useDeleteVersion(jobId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (versionId: number) =>
      apiRequest(`${versionsPath(jobId)}/${versionId}`, {
        method: 'DELETE',
        schema: V1SuccessSchema,
      }),
    onSuccess: (_d, versionId) => {
      queryClient.removeQueries({ queryKey: jobKeys.detail('v1', jobId, versionId) });
      return queryClient.invalidateQueries({ queryKey: versionsKey(jobId) });
    },
  });
}
