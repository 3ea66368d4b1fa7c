import { queryOptions } from '@tanstack/react-query';
import type { SessionInfo } from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { sessionInfoSchema, sessionKeys } from '../../../lib/session-query.js';

export { fetchSession, sessionKeys, sessionQueryOptions } from '../../../lib/session-query.js';
export { login, SSO_SIGN_IN_URL, SSO_SIGN_OUT_URL } from './sign-in.js';

/** Never fetched: set by markSessionLost, read by the login page. */
export const sessionExpiredQueryOptions = () =>
  queryOptions({
    queryKey: sessionKeys.expired(),
    queryFn: () => false,
    initialData: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

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
