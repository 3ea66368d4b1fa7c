import type { QueryClient } from '@tanstack/react-query';
import { jobPageQuery } from '../hooks/use-job-list.js';
import { parseFilters } from '../list-filters.js';

/**
 * Starts reading the list page at `url` (its filters are in the address) before the page draws:
 * the router calls it as soon as the page's code and the session are there (app/router.tsx), so
 * the rows arrive while the frame renders instead of after it. The list's own query takes the
 * answer (same key); a failure is the list's to show, as if it had asked itself.
 */
export function prefetchJobList(queryClient: QueryClient, { url }: { url: URL }): void {
  void queryClient.prefetchQuery(jobPageQuery(parseFilters(url.searchParams)));
}
