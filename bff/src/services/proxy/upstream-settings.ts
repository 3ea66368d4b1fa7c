/** How the BFF talks to one ModelArts endpoint (env names in config.ts). */
export interface UpstreamSettings {
  /** Upstream requests in flight at most (= pooled connections). UPSTREAM_MAX_CONNECTIONS */
  maxConnections: number;
  /** Requests waiting for a connection at most; more → 503 Console.0503. PROXY_MAX_QUEUE */
  maxQueue: number;
  /** How long a request may wait for a connection. PROXY_MAX_WAIT_MS */
  maxWaitMs: number;
  /** No answer (headers, or the next body bytes) within this → 504. UPSTREAM_TIMEOUT_MS */
  timeoutMs: number;
  /** Tries of an idempotent GET (1 = no retry). PROXY_GET_ATTEMPTS */
  getAttempts: number;
  /** Consecutive upstream failures that open the circuit breaker. UPSTREAM_BREAKER_FAILURES */
  breakerFailures: number;
  /** How long an open breaker answers 503 before letting one test call through. UPSTREAM_BREAKER_OPEN_MS */
  breakerOpenMs: number;
  /** First retry's backoff ceiling (it doubles per retry). */
  retryBaseMs: number;
  /** Longest wait before a retry; an upstream Retry-After beyond it is handed to the browser. */
  retryAfterCapMs: number;
  /** Idle pooled connections close after this (below the upstream's own keep-alive timeout). */
  idleTimeoutMs: number;
  /** When a create's answer was lost: waits before each look-up of the job by name. */
  reconcileDelaysMs: readonly number[];
}

export const DEFAULT_UPSTREAM_SETTINGS: UpstreamSettings = {
  maxConnections: 64,
  maxQueue: 512,
  maxWaitMs: 10_000,
  timeoutMs: 60_000,
  getAttempts: 3,
  breakerFailures: 5,
  breakerOpenMs: 10_000,
  retryBaseMs: 200,
  retryAfterCapMs: 5_000,
  idleTimeoutMs: 4_000,
  reconcileDelaysMs: [0, 1_000, 3_000],
};
