/** One allowed call of the v1 proxy: method + path relative to `/v1/{project_id}/` (no query). */
export interface AllowedRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: RegExp;
  /** Catalog section, for readers. */
  ref: string;
}

const ID = '\\d{1,19}';
const route = (method: AllowedRoute['method'], path: string, ref: string): AllowedRoute => ({
  method,
  path: new RegExp(`^${path}$`),
  ref,
});

/** The spine's v1 calls (catalog §3). Anything else is answered 404 without reaching the upstream. */
export const V1_ALLOW_LIST: readonly AllowedRoute[] = [
  route('GET', 'job/resource-specs', '3.13'),
  route('GET', 'job/ai-engines', '3.14'),
  route('GET', 'training-jobs', '3.2'),
  route('POST', 'training-jobs', '3.1'),
  route('GET', `training-jobs/${ID}`, '3.2 (single job)'),
  route('PUT', `training-jobs/${ID}`, '3.9'),
  route('DELETE', `training-jobs/${ID}`, '3.7'),
  route('GET', `training-jobs/${ID}/versions`, '3.3'),
  route('GET', `training-jobs/${ID}/versions/${ID}`, '3.4'),
  route('DELETE', `training-jobs/${ID}/versions/${ID}`, '3.6'),
  route('POST', `training-jobs/${ID}/versions/${ID}/stop`, '3.8'),
  route('GET', `training-jobs/${ID}/versions/${ID}/log/file-names`, '3.10'),
  route('GET', `training-jobs/${ID}/versions/${ID}/aom-log`, '3.11'),
  route('GET', 'built-in-algorithms', '3.12'),
];

/** HEAD is answered like GET by upstreams; everything else must match exactly. */
export function isAllowed(
  method: string,
  path: string,
  list: readonly AllowedRoute[] = V1_ALLOW_LIST,
): boolean {
  const m = method === 'HEAD' ? 'GET' : method;
  return list.some((r) => r.method === m && r.path.test(path));
}
