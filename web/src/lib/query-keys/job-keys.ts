import type { TrainingJobListQuery } from '@console/shared';

export type ApiVersion = 'v1';

/**
 * Query keys of training jobs, shared by the list, create and detail features so that a mutation
 * invalidates through one factory: `jobKeys.lists()` covers every list, `jobKeys.details()` every detail.
 */
export const jobKeys = {
  all: ['jobs'] as const,
  lists: () => [...jobKeys.all, 'list'] as const,
  list: (params: TrainingJobListQuery) => [...jobKeys.lists(), params] as const,
  details: () => [...jobKeys.all, 'detail'] as const,
  detail: (version: ApiVersion, jobId: number, versionId: number) =>
    [...jobKeys.details(), version, jobId, versionId] as const,
  job: (version: ApiVersion, jobId: number) => [...jobKeys.details(), version, jobId] as const,
  /** One page of `POST /v2/…/training-job-searches` (the body is the key). */
  v2List: (body: object) => [...jobKeys.lists(), 'v2', body] as const,
  /** A v2 job (details, and everything under it: events, metrics). */
  v2Job: (jobId: string) => [...jobKeys.details(), 'v2', jobId] as const,
};
