import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction, Params } from 'react-router';
import { sessionQueryOptions } from '../lib/session-query.js';

/** What a page's module may export to start its first data before it draws. */
export type PagePrefetch = (queryClient: QueryClient, at: { url: URL; params: Params }) => void;

/**
 * A route loader that starts the page's data as soon as its code is there, beside the frame's
 * rendering: only for a signed-in browser (a signed-out one goes to the login page with no failed
 * call first), never waiting for the data itself (the page shows its own progress and errors).
 */
export function prefetchLoader(queryClient: QueryClient, prefetch: PagePrefetch): LoaderFunction {
  return async ({ request, params }) => {
    const session = await queryClient.ensureQueryData(sessionQueryOptions()).catch(() => null);
    if (session) prefetch(queryClient, { url: new URL(request.url), params });
    return null;
  };
}
