/**
 * Query keys of every catalog the forms read (resource specs, engines, flavors, algorithms,
 * datasets): one factory, so a list read by two forms is one cache entry.
 */
export const catalogKeys = {
  all: ['catalog'] as const,
  v1: () => [...catalogKeys.all, 'v1'] as const,
  v1Specs: (jobType: 'train') => [...catalogKeys.v1(), 'specs', jobType] as const,
  v1Engines: (jobType: 'train') => [...catalogKeys.v1(), 'engines', jobType] as const,
  v1BuiltInAlgorithms: () => [...catalogKeys.v1(), 'built-in-algorithms'] as const,
  v2: () => [...catalogKeys.all, 'v2'] as const,
  v2Flavors: () => [...catalogKeys.v2(), 'flavors'] as const,
  v2Engines: () => [...catalogKeys.v2(), 'engines'] as const,
  v2Algorithms: () => [...catalogKeys.v2(), 'algorithms'] as const,
  v2SearchAlgorithms: () => [...catalogKeys.v2(), 'search-algorithms'] as const,
  /** Datasets (`/v2/…/datasets`), read by the v1 and the v2 forms alike. */
  datasets: () => [...catalogKeys.all, 'datasets'] as const,
  datasetVersions: (datasetId: string) =>
    [...catalogKeys.datasets(), datasetId, 'versions'] as const,
};
