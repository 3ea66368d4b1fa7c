/** The upstreams the BFF calls. */
export type Upstream = 'iam' | 'modelarts';

/** How an upstream call failed: no connection, no answer in time, a 5xx, or throttled (429). */
export type UpstreamErrorKind = 'network' | 'timeout' | '5xx' | '429';

/** What a client needs to report upstream failures (the metrics module implements it). */
export interface UpstreamErrorSink {
  upstreamError(upstream: Upstream, kind: UpstreamErrorKind): void;
}

/** The kind of an upstream HTTP answer that counts as an error, or undefined for one that does not. */
export function statusErrorKind(status: number): UpstreamErrorKind | undefined {
  if (status === 429) return '429';
  if (status >= 500) return '5xx';
  return undefined;
}

/**
 * The kind of a failed call (fetch, http.request or http-proxy error): `timeout` for an aborted
 * `AbortSignal.timeout`, a socket timeout or ETIMEDOUT, `network` for anything else.
 */
export function thrownErrorKind(err: unknown): UpstreamErrorKind {
  if (typeof err === 'object' && err !== null) {
    const { name, code } = err as { name?: unknown; code?: unknown };
    if (name === 'TimeoutError' || code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') {
      return 'timeout';
    }
  }
  return 'network';
}
