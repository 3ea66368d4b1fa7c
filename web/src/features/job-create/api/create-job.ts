import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CreateTrainingJobResponseSchema, type CreateTrainingJobRequest } from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { jobKeys } from '../../jobs/api/job-keys.js';

export function createTrainingJob(body: CreateTrainingJobRequest) {
  return apiRequest('/api/v1/training-jobs', {
    method: 'POST',
    body,
    schema: CreateTrainingJobResponseSchema,
  });
}

export function useCreateTrainingJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTrainingJob,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobKeys.lists() }),
  });
}
