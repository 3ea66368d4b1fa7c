import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
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

/** A 204 (`ModelArts.2777` NotReadyToFetchMetric: nothing sampled yet) reads as no metrics. */
const TaskMetricsOrNoneSchema = z.preprocess((v) => v ?? { metrics: [] }, TaskMetricsSchema);

/**
 * Running metrics of one task (catalog §4.10). Read every 10 s while the job runs; once it has
 * ended, read once more under its own key (the full history: a job that ended between two reads
 * would otherwise keep its last running sample set, or none) and kept.
 */
export const v2MetricsQueryOptions = (jobId: string, task: string, live: boolean) =>
  queryOptions({
    queryKey: [...jobKeys.v2Job(jobId), 'metrics', task, live ? 'live' : 'final'] as const,
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v2Endpoints.taskMetrics, { job_id: jobId, task_id: task }), {
        schema: TaskMetricsOrNoneSchema,
        signal,
      }),
    refetchInterval: live ? 10_000 : false,
    staleTime: live ? 0 : Infinity,
    // the running samples stay on screen while the final read loads
    placeholderData: keepPreviousData,
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
