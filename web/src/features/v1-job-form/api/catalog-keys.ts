/** Query keys of the v1 catalogs the create form reads (resource specs, AI engines). */
export const catalogKeys = {
  all: ['catalog'] as const,
  specs: (version: 'v1', jobType: 'train') =>
    [...catalogKeys.all, version, 'specs', jobType] as const,
  engines: (version: 'v1', jobType: 'train') =>
    [...catalogKeys.all, version, 'engines', jobType] as const,
};
