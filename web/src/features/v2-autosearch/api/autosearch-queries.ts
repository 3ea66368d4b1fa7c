import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  EarlystopResponseSchema,
  ParameterAnalysisImageSchema,
  ResultTableSchema,
  v2Endpoints,
} from '@console/shared';
import { V2_JOB_REFRESH_MS } from '../../../config/refresh.js';
import { apiRequest } from '../../../lib/api-client.js';
import { apiPath } from '../../../lib/api-path.js';
import { jobKeys } from '../../../lib/query-keys/job-keys.js';
import { fetchAllTrials } from './trials-pages.js';

const ANALYSIS_REFRESH_MS = 10_000;

/** Query keys of a search job, under the job's key so the job page's refresh covers them. */
export const autosearchKeys = {
  all: (jobId: string) => [...jobKeys.v2Job(jobId), 'autosearch'] as const,
  trials: (jobId: string) => [...autosearchKeys.all(jobId), 'trials'] as const,
  trial: (jobId: string, trialId: string) =>
    [...autosearchKeys.all(jobId), 'trial', trialId] as const,
  analysis: (jobId: string) => [...autosearchKeys.all(jobId), 'analysis'] as const,
};

/** `GET …/autosearch-trials`: every trial (all pages) as rows, refreshed while the job runs. */
export const trialsQueryOptions = (jobId: string, live: boolean) =>
  queryOptions({
    queryKey: autosearchKeys.trials(jobId),
    queryFn: ({ signal }) => fetchAllTrials(jobId, signal),
    refetchInterval: live ? V2_JOB_REFRESH_MS : false,
  });

/**
 * `GET …/autosearch-trials/{trial_id}`: every reported row of one trial.
 * `live`: the trial itself is RUNNING or PENDING (an ended trial's rows no longer change).
 */
export const trialHistoryQueryOptions = (jobId: string, trialId: string, live: boolean) =>
  queryOptions({
    queryKey: autosearchKeys.trial(jobId, trialId),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v2Endpoints.searchTrial, { job_id: jobId, trial_id: trialId }), {
        schema: ResultTableSchema,
        signal,
      }),
    refetchInterval: live ? V2_JOB_REFRESH_MS : false,
  });

/** `GET …/autosearch-parameter-analysis`: importance of each searched parameter. */
export const parameterAnalysisQueryOptions = (jobId: string, live: boolean) =>
  queryOptions({
    queryKey: autosearchKeys.analysis(jobId),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v2Endpoints.parameterAnalysis, { job_id: jobId }), {
        schema: ResultTableSchema,
        signal,
      }),
    refetchInterval: live ? ANALYSIS_REFRESH_MS : false,
  });

/** `GET …/autosearch-parameter-analysis/{parameter_name}`: draws the plot, answers its OBS path. */
export const fetchAnalysisImagePath = (jobId: string, parameter: string) =>
  apiRequest(
    apiPath(v2Endpoints.parameterAnalysisImage, { job_id: jobId, parameter_name: parameter }),
    { schema: ParameterAnalysisImageSchema },
  ).then((r) => r.file_path);

/** `POST …/autosearch-trial-earlystop/{trial_id}` (no body) → `{earlystop_trial}`; then refetch. */
export function useEarlyStopTrial(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (trialId: string) =>
      apiRequest(apiPath(v2Endpoints.earlyStopTrial, { job_id: jobId, trial_id: trialId }), {
        method: 'POST',
        schema: EarlystopResponseSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: autosearchKeys.all(jobId) }),
  });
}
