import {
  readSignInOptions,
  type LoginRequest,
  type SessionInfo,
  type SignInOptionsRead,
} from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { ApiError } from '../../../lib/api-error.js';
import { sessionInfoSchema } from '../../../lib/session-fetch.js';
import { t } from '../../../lib/i18n/i18n.js';

// The calls of the signed-out login page, without React Query: that page loads neither it nor the
// router (issue 14: the login page alone ≤ 120 kB, web/scripts/bundle-budget.ts).

export function login(request: LoginRequest): Promise<SessionInfo> {
  return apiRequest('/api/session', {
    method: 'POST',
    body: request,
    schema: sessionInfoSchema,
    redirectOn401: false,
  });
}

/** Read without zod: the login page shows it, and must stay small (issue 14). */
export async function fetchSignInOptions(): Promise<SignInOptionsRead> {
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
