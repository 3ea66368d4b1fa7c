import { queryOptions } from '@tanstack/react-query';
import type { SessionInfo } from '@console/shared';
import { apiRequest } from './api-client.js';
import { ApiError } from './api-error.js';
import { keepLogsFor, logOwner } from './log-memory.js';

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

/** The session's schema, loaded with zod when a session arrives (never on the signed-out login page). */
export const sessionInfoSchema = () =>
  import('./session-info-schema.js').then((m) => m.SessionInfoSchema);

/** The current session, or null when the browser has none (GET /api/session answers 401). */
export async function fetchSession(): Promise<SessionInfo | null> {
  try {
    const session = await apiRequest('/api/session', {
      schema: sessionInfoSchema,
      redirectOn401: false,
    });
    keepLogsFor(logOwner(session));
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

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
