export type ApiVersion = 'v1';

/**
 * Query keys of training jobs, shared by the list, create and detail features so that a mutation
 * invalidates through one factory: `jobKeys.lists()` covers every list, `jobKeys.details()` every detail.
 */
export const jobKeys = {
  all: ['jobs'] as const,
  lists: () => [...jobKeys.all, 'list'] as const,
  /** One page of the merged job list (the list's filters, page and size are the key). */
  page: (filters: object) => [...jobKeys.lists(), 'page', filters] as const,
  details: () => [...jobKeys.all, 'detail'] as const,
  detail: (version: ApiVersion, jobId: number, versionId: number) =>
    [...jobKeys.details(), version, jobId, versionId] as const,
  job: (version: ApiVersion, jobId: number) => [...jobKeys.details(), version, jobId] as const,
  /** A v2 job (details, and everything under it: events, metrics). */
  v2Job: (jobId: string) => [...jobKeys.details(), 'v2', jobId] as const,
};
