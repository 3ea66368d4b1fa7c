import { queryOptions } from '@tanstack/react-query';
import {
  BuiltInAlgorithmListResponseSchema,
  EngineListResponseSchema,
  ResourceSpecListResponseSchema,
  v1Endpoints,
} from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { apiPath } from '../../../lib/api-path.js';
import { catalogKeys } from '../../../lib/query-keys/catalog-keys.js';

const CATALOG_STALE_MS = 10 * 60_000;
const ALGORITHMS_STALE_MS = 5 * 60_000;

export const resourceSpecsQueryOptions = () =>
  queryOptions({
    queryKey: catalogKeys.v1Specs('train'),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v1Endpoints.resourceSpecs), {
        query: { job_type: 'train' },
        schema: ResourceSpecListResponseSchema,
        signal,
      }),
    staleTime: CATALOG_STALE_MS,
    select: (data) => data.specs,
  });

export const enginesQueryOptions = () =>
  queryOptions({
    queryKey: catalogKeys.v1Engines('train'),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v1Endpoints.aiEngines), {
        query: { job_type: 'train' },
        schema: EngineListResponseSchema,
        signal,
      }),
    staleTime: CATALOG_STALE_MS,
    select: (data) => data.engines,
  });

/** `GET /v1/{project_id}/built-in-algorithms` (catalog §3.12), first 100. */
export const builtInAlgorithmsQueryOptions = () =>
  queryOptions({
    queryKey: catalogKeys.v1BuiltInAlgorithms(),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v1Endpoints.builtInAlgorithms), {
        query: { per_page: 100, page: 1 },
        schema: BuiltInAlgorithmListResponseSchema,
        signal,
      }),
    staleTime: ALGORITHMS_STALE_MS,
    select: (data) => data.models,
  });
