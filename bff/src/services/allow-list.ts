import { pathPattern, type Endpoint, type ParamPatterns } from '@console/shared';

/** One allowed call of a proxy: method + path relative to `/{version}/{project_id}/` (no query). */
export interface AllowedRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: RegExp;
  /** Catalog section, for readers. */
  ref: string;
}

/** A row: `path` is a regex source without anchors (it must match the whole relative path). */
export const route = (method: AllowedRoute['method'], path: string, ref: string): AllowedRoute => ({
  method,
  path: new RegExp(`^${path}$`),
  ref,
});

/** The allow-list of an API, derived from its endpoint contracts (shared/src/contracts). */
export function allowListOf(
  endpoints: Record<string, Endpoint>,
  patterns: ParamPatterns,
): AllowedRoute[] {
  return Object.values(endpoints).map((e) => route(e.method, pathPattern(e, patterns), e.ref));
}

/** HEAD is answered like GET by upstreams; everything else must match exactly. */
export function isAllowed(method: string, path: string, list: readonly AllowedRoute[]): boolean {
  const m = method === 'HEAD' ? 'GET' : method;
  return list.some((r) => r.method === m && r.path.test(path));
}
