import { useQuery } from '@tanstack/react-query';
import type { Endpoint, Role } from '@console/shared';
import { mayCall, missingVerbs, type Action } from './permissions.js';
import { sessionQueryOptions } from './session-query.js';

export interface Permissions {
  /** The user's role in the current project (team portal); undefined in the personal console. */
  role: Role | undefined;
  /** Whether the session may call `endpoint` (always, in the personal console). */
  can: (endpoint: Endpoint) => boolean;
  /** The verbs of `actions` the session may not do (none in the personal console). */
  missing: (actions: readonly Action[]) => string[];
}

/**
 * What the signed-in user may do, from the session the route guard loaded (this hook reads it and
 * never fetches it): buttons for calls the role does not allow are left out, and say why.
 */
export function usePermissions(): Permissions {
  const session = useQuery({ ...sessionQueryOptions(), enabled: false });
  const role = session.data?.role;
  return {
    role,
    can: (endpoint) => mayCall(role, endpoint),
    missing: (actions) => missingVerbs(role, actions),
  };
}
