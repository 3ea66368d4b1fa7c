import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { isV2Terminal, TaskMetricsSchema, TrainingJobV2Schema, v2Endpoints } from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { V2_JOB_REFRESH_MS } from '../../../config/refresh.js';
import { apiPath } from '../../../lib/api-path.js';
import { jobKeys } from '../../../lib/query-keys/job-keys.js';

export const v2JobQueryOptions = (jobId: string) =>
  queryOptions({
    queryKey: jobKeys.v2Job(jobId),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v2Endpoints.getJob, { job_id: jobId }), {
        schema: TrainingJobV2Schema,
        signal,
      }),
    refetchInterval: (query) => {
      const phase = query.state.data?.status.phase;
      return phase && isV2Terminal(phase) ? false : V2_JOB_REFRESH_MS;
    },
  });

/** Running metrics of one task (catalog §4.10). */
export const v2MetricsQueryOptions = (jobId: string, task: string, live: boolean) =>
  queryOptions({
    queryKey: [...jobKeys.v2Job(jobId), 'metrics', task] as const,
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v2Endpoints.taskMetrics, { job_id: jobId, task_id: task }), {
        schema: TaskMetricsSchema,
        signal,
      }),
    refetchInterval: live ? 10_000 : false,
  });

function useJobMutation<T>(jobId: string, run: (arg: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: jobKeys.v2Job(jobId) });
      await queryClient.invalidateQueries({ queryKey: jobKeys.lists() });
    },
  });
}

/** `POST …/actions {action_type: terminate}` → 202 with the job (phase Terminating). */
export function useTerminateV2Job(jobId: string) {
  return useJobMutation(jobId, () =>
    apiRequest(apiPath(v2Endpoints.jobAction, { job_id: jobId }), {
      method: 'POST',
      body: { action_type: 'terminate' },
      schema: TrainingJobV2Schema,
    }),
  );
}

/** `PUT …/training-jobs/{id} {description}` → 200 with body `null`. */
export function useUpdateV2Description(jobId: string) {
  return useJobMutation(jobId, (description: string) =>
    apiRequest(apiPath(v2Endpoints.updateJobDescription, { job_id: jobId }), {
      method: 'PUT',
      body: { description },
    }),
  );
}

/**
 * `DELETE …/training-jobs/{id}` → 202 with body `""`. The caller leaves the page, then
 * `forget()` drops the job's cached queries (removing them while mounted would refetch a 404).
 */
export function useDeleteV2Job(jobId: string) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () =>
      apiRequest(apiPath(v2Endpoints.deleteJob, { job_id: jobId }), { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobKeys.lists() }),
  });
  const forget = () => queryClient.removeQueries({ queryKey: jobKeys.v2Job(jobId) });
  return { ...mutation, forget };
}
