import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { v1Endpoints } from '@console/shared';
import { apiPath } from '../../../lib/api-path.js';
import { jobKeys } from '../../../lib/query-keys/job-keys.js';

export function deleteTrainingJob(jobId: number) {
  return apiRequest(apiPath(v1Endpoints.deleteJob, { job_id: jobId }), { method: 'DELETE' });
}

export function useDeleteTrainingJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: number) => deleteTrainingJob(jobId),
    onSuccess: async (_data, jobId) => {
      queryClient.removeQueries({ queryKey: jobKeys.job('v1', jobId) });
      await queryClient.invalidateQueries({ queryKey: jobKeys.lists() });
    },
  });
}
