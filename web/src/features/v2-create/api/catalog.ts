import { queryOptions } from '@tanstack/react-query';
import {
  AlgorithmListSchema,
  DatasetListResponseSchema,
  DatasetVersionListResponseSchema,
  TrainingEngineListSchema,
  TrainingFlavorListSchema,
  v2Endpoints,
} from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { apiPath } from '../../../lib/api-path.js';

const CATALOG_STALE_MS = 10 * 60_000;

/** Query keys of the v2 catalogs the create form reads. */
export const v2CatalogKeys = {
  all: ['catalog', 'v2'] as const,
  flavors: () => [...v2CatalogKeys.all, 'flavors'] as const,
  engines: () => [...v2CatalogKeys.all, 'engines'] as const,
  algorithms: () => [...v2CatalogKeys.all, 'algorithms'] as const,
  datasets: () => [...v2CatalogKeys.all, 'datasets'] as const,
  datasetVersions: (datasetId: string) =>
    [...v2CatalogKeys.all, 'datasets', datasetId, 'versions'] as const,
};

export const v2FlavorsQueryOptions = () =>
  queryOptions({
    queryKey: v2CatalogKeys.flavors(),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v2Endpoints.flavors), { schema: TrainingFlavorListSchema, signal }),
    staleTime: CATALOG_STALE_MS,
    select: (data) => data.flavors,
  });

export const v2EnginesQueryOptions = () =>
  queryOptions({
    queryKey: v2CatalogKeys.engines(),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v2Endpoints.engines), { schema: TrainingEngineListSchema, signal }),
    staleTime: CATALOG_STALE_MS,
    select: (data) => data.items,
  });

export const v2AlgorithmsQueryOptions = () =>
  queryOptions({
    queryKey: v2CatalogKeys.algorithms(),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v2Endpoints.listAlgorithms), {
        query: { offset: 0, limit: 50 },
        schema: AlgorithmListSchema,
        signal,
      }),
    staleTime: 60_000,
    select: (data) => data.items,
  });

export const datasetsQueryOptions = () =>
  queryOptions({
    queryKey: v2CatalogKeys.datasets(),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v2Endpoints.listDatasets), {
        query: { offset: 0, limit: 100 },
        schema: DatasetListResponseSchema,
        signal,
      }),
    staleTime: 60_000,
    select: (data) => data.datasets,
  });

export const datasetVersionsQueryOptions = (datasetId: string) =>
  queryOptions({
    queryKey: v2CatalogKeys.datasetVersions(datasetId),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v2Endpoints.listDatasetVersions, { dataset_id: datasetId }), {
        schema: DatasetVersionListResponseSchema,
        signal,
      }),
    staleTime: 60_000,
    enabled: datasetId !== '',
    select: (data) => data.versions,
  });
