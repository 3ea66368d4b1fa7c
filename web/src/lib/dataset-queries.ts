import { queryOptions } from '@tanstack/react-query';
import {
  BuiltInAlgorithmListResponseSchema,
  DatasetListResponseSchema,
  DatasetVersionListResponseSchema,
  v1Endpoints,
  v2Endpoints,
} from '@console/shared';
import { apiRequest } from './api-client.js';
import { apiPath } from './api-path.js';
import { pickerKeys } from './query-keys/catalog-keys.js';

const STALE_MS = 5 * 60_000;

/** `GET /v1/{project_id}/built-in-algorithms` (catalog §3.12), first 100. */
export const builtInAlgorithmsQueryOptions = () =>
  queryOptions({
    queryKey: pickerKeys.algorithms(),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v1Endpoints.builtInAlgorithms), {
        query: { per_page: 100, page: 1 },
        schema: BuiltInAlgorithmListResponseSchema,
        signal,
      }),
    staleTime: STALE_MS,
    select: (data) => data.models,
  });

/** `GET /v2/{project_id}/datasets` (catalog §3.19), first 100. */
export const datasetsQueryOptions = () =>
  queryOptions({
    queryKey: pickerKeys.datasets(),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v2Endpoints.listDatasets), {
        query: { limit: 100, offset: 0 },
        schema: DatasetListResponseSchema,
        signal,
      }),
    staleTime: STALE_MS,
    select: (data) => data.datasets,
  });

/** `GET /v2/{project_id}/datasets/{dataset_id}/versions`. */
export const datasetVersionsQueryOptions = (datasetId: string) =>
  queryOptions({
    queryKey: pickerKeys.datasetVersions(datasetId),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v2Endpoints.listDatasetVersions, { dataset_id: datasetId }), {
        schema: DatasetVersionListResponseSchema,
        signal,
      }),
    enabled: datasetId !== '',
    staleTime: STALE_MS,
    select: (data) => data.versions,
  });
