import { isAllowed as isAllowedIn, route, type AllowedRoute } from './allow-list.js';

export type { AllowedRoute } from './allow-list.js';

const ID = '\\d{1,19}';
/** Saved configuration names: 1–64 of `[A-Za-z0-9_-]` (catalog §3.15a, REST page). */
const CONFIG_NAME = '[A-Za-z0-9_-]{1,64}';

/** The console's v1 calls (catalog §3.0). Anything else is answered 404 without reaching the upstream. */
export const V1_ALLOW_LIST: readonly AllowedRoute[] = [
  route('GET', 'job/resource-specs', '3.13'),
  route('GET', 'job/ai-engines', '3.14'),
  route('GET', 'training-jobs', '3.2'),
  route('POST', 'training-jobs', '3.1'),
  route('PUT', `training-jobs/${ID}`, '3.9'),
  route('DELETE', `training-jobs/${ID}`, '3.7'),
  route('GET', `training-jobs/${ID}/versions`, '3.3'),
  // The catalog's sample URL has a trailing slash; both forms are accepted.
  route('POST', `training-jobs/${ID}/versions/?`, '3.5'),
  route('GET', `training-jobs/${ID}/versions/${ID}`, '3.4'),
  route('DELETE', `training-jobs/${ID}/versions/${ID}`, '3.6'),
  route('POST', `training-jobs/${ID}/versions/${ID}/stop`, '3.8'),
  route('GET', `training-jobs/${ID}/versions/${ID}/log/file-names`, '3.10'),
  route('GET', `training-jobs/${ID}/versions/${ID}/aom-log`, '3.11'),
  route('GET', 'built-in-algorithms', '3.12'),
  route('GET', 'training-job-configs', '3.15b'),
  route('POST', 'training-job-configs', '3.15a'),
  route('GET', `training-job-configs/${CONFIG_NAME}`, '3.15c'),
  route('PUT', `training-job-configs/${CONFIG_NAME}`, '3.15d'),
  route('DELETE', `training-job-configs/${CONFIG_NAME}`, '3.15e'),
  route('GET', 'visualization-jobs', '3.16 list'),
  route('POST', 'visualization-jobs', '3.16 create'),
  route('GET', `visualization-jobs/${ID}`, '3.16 details'),
  route('PUT', `visualization-jobs/${ID}`, '3.16 description'),
  route('DELETE', `visualization-jobs/${ID}`, '3.16 delete'),
  route('POST', `visualization-jobs/${ID}/stop`, '3.16 stop'),
  route('POST', `visualization-jobs/${ID}/restart`, '3.16 restart'),
];

export function isAllowed(
  method: string,
  path: string,
  list: readonly AllowedRoute[] = V1_ALLOW_LIST,
): boolean {
  return isAllowedIn(method, path, list);
}
