import { useMutation, useQueryClient } from '@tanstack/react-query';
import { TrainingJobV2Schema, type CreateTrainingJobV2Request } from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { jobKeys } from '../../jobs/api/job-keys.js';

export function createV2TrainingJob(body: CreateTrainingJobV2Request) {
  return apiRequest('/api/v2/training-jobs', {
    method: 'POST',
    body,
    schema: TrainingJobV2Schema,
  });
}

export function useCreateV2TrainingJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createV2TrainingJob,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobKeys.lists() }),
  });
}
