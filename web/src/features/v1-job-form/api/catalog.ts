import { queryOptions } from '@tanstack/react-query';
import {
  EngineListResponseSchema,
  ResourceSpecListResponseSchema,
  v1Endpoints,
} from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { apiPath } from '../../../lib/api-path.js';
import { catalogKeys } from './catalog-keys.js';

const CATALOG_STALE_MS = 10 * 60_000;

export const resourceSpecsQueryOptions = () =>
  queryOptions({
    queryKey: catalogKeys.specs('v1', 'train'),
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
    queryKey: catalogKeys.engines('v1', 'train'),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v1Endpoints.aiEngines), {
        query: { job_type: 'train' },
        schema: EngineListResponseSchema,
        signal,
      }),
    staleTime: CATALOG_STALE_MS,
    select: (data) => data.engines,
  });
