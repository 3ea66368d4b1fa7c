import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  CreateTrainingJobResponseSchema,
  type CreateTrainingJobRequest,
  v1Endpoints,
} from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { apiPath } from '../../../lib/api-path.js';
import { createdV1, watchCreatedJob } from '../../../lib/job-notifications/auto-watch.js';
import { jobKeys } from '../../../lib/query-keys/job-keys.js';

export function createTrainingJob(body: CreateTrainingJobRequest) {
  return apiRequest(apiPath(v1Endpoints.createJob), {
    method: 'POST',
    body,
    schema: CreateTrainingJobResponseSchema,
  });
}

export function useCreateTrainingJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTrainingJob,
    onSuccess: (created) => {
      const watched = createdV1(created);
      if (watched) watchCreatedJob(watched);
      return queryClient.invalidateQueries({ queryKey: jobKeys.lists() });
    },
  });
}
