import { useQuery } from '@tanstack/react-query';
import type { TrainingJobListQuery } from '@console/shared';
import { jobListQueryOptions } from '../api/list-jobs.js';

export const DEFAULT_JOB_LIST_PARAMS: TrainingJobListQuery = {
  per_page: 100,
  page: 1,
  sortBy: 'create_time',
  order: 'desc',
};

export function useJobs(params: TrainingJobListQuery = DEFAULT_JOB_LIST_PARAMS) {
  return useQuery(jobListQueryOptions(params));
}
