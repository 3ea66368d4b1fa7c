import { V1_PARAM_PATTERNS, v1Endpoints, v1Roles } from '@console/shared';
import { allowListOf, isAllowed as isAllowedIn, type AllowedRoute } from './allow-list.js';

export type { AllowedRoute } from './allow-list.js';

/** The console's v1 calls (catalog §3.0). Anything else is answered 404 without reaching the upstream. */
export const V1_ALLOW_LIST: readonly AllowedRoute[] = allowListOf(
  v1Endpoints,
  V1_PARAM_PATTERNS,
  v1Roles,
);

export function isAllowed(
  method: string,
  path: string,
  list: readonly AllowedRoute[] = V1_ALLOW_LIST,
): boolean {
  return isAllowedIn(method, path, list);
}
