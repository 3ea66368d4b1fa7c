import { queryOptions } from '@tanstack/react-query';
import {
  AlgorithmListSchema,
  TrainingEngineListSchema,
  TrainingFlavorListSchema,
  v2Endpoints,
} from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { apiPath } from '../../../lib/api-path.js';
import { catalogKeys } from '../../../lib/query-keys/catalog-keys.js';

const CATALOG_STALE_MS = 10 * 60_000;

export const v2FlavorsQueryOptions = () =>
  queryOptions({
    queryKey: catalogKeys.v2Flavors(),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v2Endpoints.flavors), { schema: TrainingFlavorListSchema, signal }),
    staleTime: CATALOG_STALE_MS,
    select: (data) => data.flavors,
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
