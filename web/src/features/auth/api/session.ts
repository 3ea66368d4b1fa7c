import { queryOptions } from '@tanstack/react-query';
import {
  readSignInOptions,
  type LoginRequest,
  type SessionInfo,
  type SignInOptionsRead,
} from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { ApiError } from '../../../lib/api-error.js';
import { sessionInfoSchema, sessionKeys } from '../../../lib/session-query.js';
import { t } from '../../../lib/i18n/i18n.js';

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
    schema: sessionInfoSchema,
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
    schema: sessionInfoSchema,
  });
}

/** How this console signs people in (public): its own IAM password, or single sign-on. */
export const signInOptionsQueryOptions = () =>
  queryOptions({
    queryKey: [...sessionKeys.all, 'options'] as const,
    queryFn: fetchSignInOptions,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

/** Read without zod: the login page shows it, and must stay small (issue 14). */
async function fetchSignInOptions(): Promise<SignInOptionsRead> {
  const body = await apiRequest('/api/session/options', { redirectOn401: false });
  const options = readSignInOptions(body);
  if (options) return options;
  throw new ApiError({
    status: 200,
    code: 'Console.BadResponse',
    message: t('Unexpected response from {{path}}: {{problem}}', {
      path: '/api/session/options',
      problem: 'auth_mode must be "iam" or "oidc"',
    }),
  });
}

/** Where the browser goes to sign in with single sign-on, and to sign out of it. */
export const SSO_SIGN_IN_URL = '/api/session/oidc';
export const SSO_SIGN_OUT_URL = '/api/session/oidc/logout';
