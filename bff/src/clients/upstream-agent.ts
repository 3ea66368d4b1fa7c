import { Pool } from 'undici';

export interface UpstreamPoolOptions {
  /** Connections kept to the upstream at most; the proxy's own limiter never asks for more. */
  connections: number;
  /**
   * How long an idle pooled connection is kept at most, whatever the upstream's `Keep-Alive` hint
   * says. It must be shorter than the upstream's own keep-alive timeout (Node servers close idle
   * connections after 5 s), or a request can be sent on a connection the upstream is closing at
   * that moment and fail with a reset (seen as a 502).
   */
  idleTimeoutMs?: number;
}

/**
 * Keep-alive connection pool (undici) for proxying to ModelArts, for `http:` (the emulator) and
 * `https:` (the cloud) targets alike. TLS uses Node's default trust store, so private CAs work with
 * `NODE_EXTRA_CA_CERTS`. Timeouts are set per request by the caller.
 */
export function createUpstreamPool(target: string, opts: UpstreamPoolOptions): Pool {
  const idle = opts.idleTimeoutMs ?? 4_000;
  return new Pool(new URL(target).origin, {
    connections: opts.connections,
    pipelining: 1,
    keepAliveTimeout: idle,
    keepAliveMaxTimeout: idle,
    // An upstream hint of `timeout=5` gives 5 s − 1 s: close a second before the upstream would.
    keepAliveTimeoutThreshold: 1_000,
    connectTimeout: 10_000,
  });
}
