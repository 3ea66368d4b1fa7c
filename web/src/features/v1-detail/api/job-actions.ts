import { useMutation, useQueryClient } from '@tanstack/react-query';
import { V1_STATUS, V1SuccessSchema, v1Endpoints } from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { apiPath } from '../../../lib/api-path.js';
import { jobKeys } from '../../../lib/query-keys/job-keys.js';

/** `POST …/versions/{version_id}/stop` (catalog §3.8): status 9 (Stopping) → 12 (Stopped). */
export function useStopVersion(jobId: number, versionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest(apiPath(v1Endpoints.stopVersion, { job_id: jobId, version_id: versionId }), {
        method: 'POST',
        schema: V1SuccessSchema,
      }),
    onSuccess: () => {
      // The API answers once the version is KILLING (9): show that until the refetch says more.
      queryClient.setQueryData(jobKeys.detail('v1', jobId, versionId), (old: unknown) =>
        old && typeof old === 'object' ? { ...old, status: V1_STATUS.KILLING } : old,
      );
      return queryClient.invalidateQueries({ queryKey: jobKeys.job('v1', jobId) });
    },
  });
}

/** `PUT …/training-jobs/{job_id}` `{job_desc}` (catalog §3.9). */
export function useUpdateDescription(jobId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobDesc: string) =>
      apiRequest(apiPath(v1Endpoints.updateJobDescription, { job_id: jobId }), {
        method: 'PUT',
        body: { job_desc: jobDesc },
        schema: V1SuccessSchema,
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: jobKeys.job('v1', jobId) }),
        queryClient.invalidateQueries({ queryKey: jobKeys.lists() }),
      ]),
  });
}
