import { queryOptions } from '@tanstack/react-query';
import { SearchAlgorithmListSchema, type SearchAlgorithmList, v2Endpoints } from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { apiPath } from '../../../lib/api-path.js';
import { catalogKeys } from '../../../lib/query-keys/catalog-keys.js';

/** `GET /v2/{project_id}/search-algorithms` (catalog §4.15): names, default params, descriptions. */
export const searchAlgorithmsQueryOptions = () =>
  queryOptions({
    queryKey: catalogKeys.v2SearchAlgorithms(),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v2Endpoints.searchAlgorithms), {
        schema: SearchAlgorithmListSchema,
        signal,
      }),
    staleTime: 10 * 60_000,
    select: (data) => data.search_algo_list,
  });

export type SearchAlgorithmInfo = SearchAlgorithmList['search_algo_list'][number];
