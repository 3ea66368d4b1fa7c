import { queryOptions } from '@tanstack/react-query';
import {
  SessionInfoSchema,
  SignInOptionsSchema,
  type LoginRequest,
  type SessionInfo,
} from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { sessionKeys } from '../../../lib/session-query.js';

export { fetchSession, sessionKeys, sessionQueryOptions } from '../../../lib/session-query.js';

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

/** Team portal: the same person in another project where they have a role (a new session). */
export function switchProject(project: string): Promise<SessionInfo> {
  return apiRequest('/api/session/project', {
    method: 'PUT',
    body: { project },
    schema: SessionInfoSchema,
  });
}

/** How this console signs people in (public): its own IAM password, or single sign-on. */
export const signInOptionsQueryOptions = () =>
  queryOptions({
    queryKey: [...sessionKeys.all, 'options'] as const,
    queryFn: () =>
      apiRequest('/api/session/options', { schema: SignInOptionsSchema, redirectOn401: false }),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

/** Where the browser goes to sign in with single sign-on, and to sign out of it. */
export const SSO_SIGN_IN_URL = '/api/session/oidc';
export const SSO_SIGN_OUT_URL = '/api/session/oidc/logout';
