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

/**
 * Upstream response headers that may reach the browser: the body's description and caching.
 * Everything else (cookies, tokens, hop-by-hop headers, server banners, the upstream's own security
 * headers that would override ours) stays on the server.
 */
const FORWARDED_RESPONSE_HEADERS: ReadonlySet<string> = new Set([
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
  'content-disposition',
  'cache-control',
  'etag',
  'last-modified',
  'expires',
  'vary',
  'date',
]);

/** The upstream's request id is kept for support tickets, under a name that is not ours. */
export const UPSTREAM_REQUEST_ID_HEADER = 'x-upstream-request-id';

type HeaderValues = Record<string, string | string[] | undefined>;

/**
 * The upstream response headers the browser may see, in a new object (only the allowed names are
 * copied: no copy of everything followed by deletes, which also slows the object down).
 */
export function pickResponseHeaders(headers: HeaderValues): HeaderValues {
  const picked: HeaderValues = {};
  for (const name in headers) {
    if (
      FORWARDED_RESPONSE_HEADERS.has(name) ||
      FORWARDED_RESPONSE_HEADERS.has(name.toLowerCase())
    ) {
      picked[name] = headers[name];
    }
  }
  const upstreamId = headers['x-request-id'];
  if (typeof upstreamId === 'string' && /^[\w.:-]{1,128}$/.test(upstreamId)) {
    picked[UPSTREAM_REQUEST_ID_HEADER] = upstreamId;
  }
  return picked;
}
