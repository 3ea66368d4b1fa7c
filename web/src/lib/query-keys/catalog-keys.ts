/** Query keys of the pickers' catalogs (built-in algorithms, datasets and their versions). */
export const pickerKeys = {
  all: ['catalog', 'pickers'] as const,
  algorithms: () => [...pickerKeys.all, 'v1', 'built-in-algorithms'] as const,
  datasets: () => [...pickerKeys.all, 'v2', 'datasets'] as const,
  datasetVersions: (datasetId: string) =>
    [...pickerKeys.datasets(), datasetId, 'versions'] as const,
};
