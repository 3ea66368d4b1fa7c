import { queryOptions } from '@tanstack/react-query';
import type { SessionInfo } from '@console/shared';
import { fetchSession } from './session-fetch.js';

export { fetchSession, sessionInfoSchema } from './session-fetch.js';

/**
 * The signed-in session as every part of the app reads it: the auth feature loads it (the route
 * guard), the permission hook and the header read it.
 */
export const sessionKeys = {
  all: ['session'] as const,
  current: () => [...sessionKeys.all, 'current'] as const,
  /** true once a call was refused because the signed-in session ended (cleared by a sign-in). */
  expired: () => [...sessionKeys.all, 'expired'] as const,
};

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionKeys.current(),
    queryFn: fetchSession,
    staleTime: 5 * 60_000,
    retry: false,
  });

/**
 * A session of the team portal (single sign-on): it carries the user's role. A session of the
 * personal console (own IAM password) has none, and may do whatever IAM lets it.
 */
export const isPortalSession = (s: SessionInfo | null | undefined): boolean =>
  s?.role !== undefined;
