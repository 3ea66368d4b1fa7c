import type { Role } from '../console/portal.js';
import type { Endpoint } from './endpoint.js';
import { v1Endpoints } from './modelarts/v1.js';
import { v2Endpoints } from './modelarts/v2.js';

/**
 * The role each endpoint needs in the team portal (AUTH_MODE=oidc). A read (GET) needs `viewer`,
 * anything else `operator`; the exceptions are listed here by name: deleting jobs (and their
 * versions, and visualization jobs) is for `admin`, and v2's job search is a read sent as POST.
 */
const v1Exceptions: Partial<Record<keyof typeof v1Endpoints, Role>> = {
  deleteJob: 'admin',
  deleteVersion: 'admin',
  deleteVisualizationJob: 'admin',
};
const v2Exceptions: Partial<Record<keyof typeof v2Endpoints, Role>> = {
  searchJobs: 'viewer',
  deleteJob: 'admin',
};

const byMethod = (e: Endpoint): Role => (e.method === 'GET' ? 'viewer' : 'operator');

function rolesOf<K extends string>(
  endpoints: Record<K, Endpoint>,
  exceptions: Partial<Record<K, Role>>,
): Record<K, Role> {
  const out = {} as Record<K, Role>;
  for (const name of Object.keys(endpoints) as K[]) {
    out[name] = exceptions[name] ?? byMethod(endpoints[name]);
  }
  return out;
}

export const v1Roles = rolesOf(v1Endpoints, v1Exceptions);
export const v2Roles = rolesOf(v2Endpoints, v2Exceptions);
