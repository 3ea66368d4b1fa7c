import { queryOptions } from '@tanstack/react-query';
import { SessionInfoSchema, type LoginRequest, type SessionInfo } from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { ApiError } from '../../../lib/api-error.js';

export const sessionKeys = {
  all: ['session'] as const,
  current: () => [...sessionKeys.all, 'current'] as const,
  /** true once a call was refused because the signed-in session ended (cleared by a sign-in). */
  expired: () => [...sessionKeys.all, 'expired'] as const,
};

/** The current session, or null when the browser has none (GET /api/session answers 401). */
export async function fetchSession(): Promise<SessionInfo | null> {
  try {
    return await apiRequest('/api/session', { schema: SessionInfoSchema, redirectOn401: false });
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

/** Never fetched: set by markSessionLost, read by the login page. */
export const sessionExpiredQueryOptions = () =>
  queryOptions({
    queryKey: sessionKeys.expired(),
    queryFn: () => false,
    initialData: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

export function login(request: LoginRequest): Promise<SessionInfo> {
  return apiRequest('/api/session', {
    method: 'POST',
    body: request,
    schema: SessionInfoSchema,
    redirectOn401: false,
  });
}

export async function logout(): Promise<void> {
  await apiRequest('/api/session', { method: 'DELETE', redirectOn401: false });
}
