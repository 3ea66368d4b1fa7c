import { queryOptions, useQuery } from '@tanstack/react-query';
import { PRICES_API, PricesResponseSchema, type PriceTable } from '@console/shared';
import { apiRequest } from './api-client.js';
import { catalogKeys } from './query-keys/catalog-keys.js';

/** The operator's price table (`GET /api/prices`); it changes only when the BFF restarts. */
export const pricesQueryOptions = () =>
  queryOptions({
    queryKey: [...catalogKeys.all, 'prices'] as const,
    queryFn: ({ signal }) => apiRequest(PRICES_API, { schema: PricesResponseSchema, signal }),
    staleTime: 10 * 60_000,
    select: (data) => data.table,
  });

/** undefined while loading or when it could not be read; null when no table is configured. */
export function usePriceTable(): PriceTable | null | undefined {
  return useQuery(pricesQueryOptions()).data;
}
