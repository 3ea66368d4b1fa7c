/** Browser request headers that may reach the upstream (everything else is dropped). */
export const FORWARDED_REQUEST_HEADERS: ReadonlySet<string> = new Set([
  'content-type',
  'content-length',
  'accept',
  'accept-language',
  'x-language',
]);

/** Transport headers the proxy itself manages on the upstream request. */
const PROXY_MANAGED = new Set(['host', 'connection', 'transfer-encoding']);

export function shouldForwardRequestHeader(name: string): boolean {
  const n = name.toLowerCase();
  return FORWARDED_REQUEST_HEADERS.has(n) || PROXY_MANAGED.has(n);
}

/** Upstream response headers that never reach the browser: cookies and hop-by-hop headers. */
export const STRIPPED_RESPONSE_HEADERS: readonly string[] = [
  'set-cookie',
  'set-cookie2',
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'upgrade',
  'x-subject-token',
  'x-auth-token',
];
