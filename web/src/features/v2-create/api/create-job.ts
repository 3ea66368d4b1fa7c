import { useMutation, useQueryClient } from '@tanstack/react-query';
import { TrainingJobV2Schema, type CreateTrainingJobV2Request, v2Endpoints } from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { apiPath } from '../../../lib/api-path.js';
import { watchCreatedJob } from '../../../lib/job-notifications/auto-watch.js';
import { jobKeys } from '../../../lib/query-keys/job-keys.js';

export function createV2TrainingJob(body: CreateTrainingJobV2Request) {
  return apiRequest(apiPath(v2Endpoints.createJob), {
    method: 'POST',
    body,
    schema: TrainingJobV2Schema,
  });
}

export function useCreateV2TrainingJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createV2TrainingJob,
    onSuccess: (created) => {
      watchCreatedJob({ api: 'v2', jobId: created.metadata.id });
      return queryClient.invalidateQueries({ queryKey: jobKeys.lists() });
    },
  });
}
