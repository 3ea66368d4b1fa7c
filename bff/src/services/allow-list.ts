import { pathPattern, type Endpoint, type ParamPatterns, type Role } from '@console/shared';

/** One allowed call of a proxy: method + path relative to `/{version}/{project_id}/` (no query). */
export interface AllowedRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: RegExp;
  /** Catalog section, for readers. */
  ref: string;
  /** The role it needs in the team portal (shared/src/contracts/roles.ts). */
  role?: Role;
  /** The contract's name (`createJob`), when derived from the contracts. */
  name?: string;
}

/** A row: `path` is a regex source without anchors (it must match the whole relative path). */
export const route = (method: AllowedRoute['method'], path: string, ref: string): AllowedRoute => ({
  method,
  path: new RegExp(`^${path}$`),
  ref,
});

/** The allow-list of an API, derived from its endpoint contracts (shared/src/contracts). */
export function allowListOf<K extends string>(
  endpoints: Record<K, Endpoint>,
  patterns: ParamPatterns,
  roles?: Record<K, Role>,
): AllowedRoute[] {
  return (Object.keys(endpoints) as K[]).map((name) => {
    const e = endpoints[name];
    const r = route(e.method, pathPattern(e, patterns), e.ref);
    return roles ? { ...r, name, role: roles[name] } : { ...r, name };
  });
}

/** The route `method path` matches, if any (HEAD as GET). */
export function matchRoute(
  method: string,
  path: string,
  list: readonly AllowedRoute[],
): AllowedRoute | undefined {
  const m = method === 'HEAD' ? 'GET' : method;
  return list.find((r) => r.method === m && r.path.test(path));
}

/** HEAD is answered like GET by upstreams; everything else must match exactly. */
export function isAllowed(method: string, path: string, list: readonly AllowedRoute[]): boolean {
  return matchRoute(method, path, list) !== undefined;
}
