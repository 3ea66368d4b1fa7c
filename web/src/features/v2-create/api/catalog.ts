import { queryOptions } from '@tanstack/react-query';
import {
  AlgorithmListSchema,
  TrainingEngineListSchema,
  ResourceSpecListResponseSchema,
  TrainingFlavorListSchema,
  v1Endpoints,
  v2Endpoints,
} from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { apiPath } from '../../../lib/api-path.js';
import { catalogKeys } from '../../../lib/query-keys/catalog-keys.js';
import { soldOutCodes } from '../flavor-options.js';

const CATALOG_STALE_MS = 10 * 60_000;

export const v2FlavorsQueryOptions = () =>
  queryOptions({
    queryKey: catalogKeys.v2Flavors(),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v2Endpoints.flavors), { schema: TrainingFlavorListSchema, signal }),
    staleTime: CATALOG_STALE_MS,
    select: (data) => data.flavors,
  });

/** The sold-out codes of the public pool (v1 specs, the same request and cache as the v1 form). */
export const soldOutQueryOptions = () =>
  queryOptions({
    queryKey: catalogKeys.v1Specs('train'),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v1Endpoints.resourceSpecs), {
        query: { job_type: 'train' },
        schema: ResourceSpecListResponseSchema,
        signal,
      }),
    staleTime: CATALOG_STALE_MS,
    select: (data) => soldOutCodes(data.specs),
  });

export const v2EnginesQueryOptions = () =>
  queryOptions({
    queryKey: catalogKeys.v2Engines(),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v2Endpoints.engines), { schema: TrainingEngineListSchema, signal }),
    staleTime: CATALOG_STALE_MS,
    select: (data) => data.items,
  });

export const v2AlgorithmsQueryOptions = () =>
  queryOptions({
    queryKey: catalogKeys.v2Algorithms(),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v2Endpoints.listAlgorithms), {
        query: { offset: 0, limit: 50 },
        schema: AlgorithmListSchema,
        signal,
      }),
    staleTime: 60_000,
    select: (data) => data.items,
  });
