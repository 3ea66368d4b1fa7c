import type { Agent } from 'node:http';
import { HttpAgent, HttpsAgent } from 'agentkeepalive';

export interface UpstreamAgentOptions {
  /**
   * How long an idle pooled connection is kept. It must be shorter than the upstream's own
   * keep-alive timeout (Node servers close idle connections after 5 s), or a request can be sent on
   * a connection the upstream is closing at that moment and fail with ECONNRESET (seen as a 502).
   */
  freeSocketTimeoutMs?: number;
  /** Inactivity limit of a connection carrying a request; the proxy's own timeout is usually shorter. */
  activeTimeoutMs?: number;
}

/**
 * Keep-alive connection pool for proxying to ModelArts, for `http:` (the emulator) and `https:`
 * (the cloud) targets alike. Node's own Agent keeps idle connections with no limit unless the
 * upstream's `Keep-Alive` hint is kept, and the proxy must strip that hop-by-hop header.
 */
export function createUpstreamAgent(target: string, opts: UpstreamAgentOptions = {}): Agent {
  const options = {
    keepAlive: true,
    maxSockets: 64,
    maxFreeSockets: 16,
    freeSocketTimeout: opts.freeSocketTimeoutMs ?? 4_000,
    timeout: opts.activeTimeoutMs ?? 120_000,
  };
  return new URL(target).protocol === 'https:' ? new HttpsAgent(options) : new HttpAgent(options);
}
