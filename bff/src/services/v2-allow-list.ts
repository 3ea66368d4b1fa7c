import { V2_PARAM_PATTERNS, v2Endpoints, v2Roles } from '@console/shared';
import { allowListOf, type AllowedRoute } from './allow-list.js';

/**
 * The console's `/api/v2/<path>` calls, relative to `/v2/{project_id}/` (catalog §4.0 and §3.19),
 * derived from the v2 endpoint contracts.
 */
export const V2_ALLOW_LIST: readonly AllowedRoute[] = allowListOf(
  v2Endpoints,
  V2_PARAM_PATTERNS,
  v2Roles,
);
