import type { Endpoint } from './endpoint.js';

/**
 * The endpoint's path as an Express route path relative to `/{version}/{project_id}`:
 * `training-jobs/{job_id}` → `/training-jobs/:job_id`. A server that registers its routes with
 * it cannot serve a path spelled differently from the contract.
 */
export function expressPath(e: Endpoint): string {
  return `/${e.path.replace(/\{([a-z_]+)\}/g, ':$1')}`;
}
