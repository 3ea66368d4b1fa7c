import { queryOptions } from '@tanstack/react-query';
import {
  DatasetListResponseSchema,
  DatasetVersionListResponseSchema,
  v2Endpoints,
} from '@console/shared';
import { apiRequest } from './api-client.js';
import { apiPath } from './api-path.js';
import { catalogKeys } from './query-keys/catalog-keys.js';

/** Datasets are made by users while a form is open elsewhere: read again after a minute. */
const DATASETS_STALE_MS = 60_000;

/** `GET /v2/{project_id}/datasets` (catalog §3.19), first 100: the one list both forms pick from. */
export const datasetsQueryOptions = () =>
  queryOptions({
    queryKey: catalogKeys.datasets(),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v2Endpoints.listDatasets), {
        query: { limit: 100, offset: 0 },
        schema: DatasetListResponseSchema,
        signal,
      }),
    staleTime: DATASETS_STALE_MS,
    select: (data) => data.datasets,
  });

/** `GET /v2/{project_id}/datasets/{dataset_id}/versions`. */
export const datasetVersionsQueryOptions = (datasetId: string) =>
  queryOptions({
    queryKey: catalogKeys.datasetVersions(datasetId),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v2Endpoints.listDatasetVersions, { dataset_id: datasetId }), {
        schema: DatasetVersionListResponseSchema,
        signal,
      }),
    enabled: datasetId !== '',
    staleTime: DATASETS_STALE_MS,
    select: (data) => data.versions,
  });
