import type { Readable } from 'node:stream';
import {
  BrokenCircuitError,
  CircuitState,
  type CircuitBreakerPolicy,
  type RetryPolicy,
} from 'cockatiel';
import type { Dispatcher, Pool } from 'undici';
import { createUpstreamPool } from '../../clients/upstream-agent.js';
import { ConcurrencyLimiter } from './limiter.js';
import { createBreaker, createGetRetry, type Attempt } from './resilience.js';
import { parseRetryAfter } from './retry-after.js';
import { ClientGoneError, DeliveryError } from './upstream-errors.js';
import type { UpstreamSettings } from './upstream-settings.js';

export interface UpstreamCall {
  method: string;
  /** Path + query on the upstream, e.g. `/v1/{project_id}/training-jobs?page=1`. */
  path: string;
  headers: Record<string, string>;
  body?: string | Readable;
  /** Aborts when the browser goes away: the call leaves the queue or is cancelled upstream. */
  signal: AbortSignal;
}

export type UpstreamResponse = Dispatcher.ResponseData;

/** Answers an idempotent call is tried again on (before anything went to the browser). */
const RETRY_STATUSES = new Set([429, 502, 503, 504]);

/**
 * One ModelArts endpoint: a keep-alive pool, a bounded queue in front of it, a circuit breaker
 * (cockatiel) that opens after consecutive failures, and retries for idempotent GETs (cockatiel)
 * before anything was sent to the browser.
 */
export class Upstream {
  readonly pool: Pool;
  readonly limiter: ConcurrencyLimiter;
  private readonly breaker: CircuitBreakerPolicy;
  private readonly retry: RetryPolicy;
  private openedAt = 0;
  private closing: Promise<void> | undefined;

  constructor(
    target: string,
    readonly settings: UpstreamSettings,
  ) {
    const s = settings;
    this.pool = createUpstreamPool(target, {
      connections: s.maxConnections,
      idleTimeoutMs: s.idleTimeoutMs,
    });
    this.limiter = new ConcurrencyLimiter({
      maxActive: s.maxConnections,
      maxQueue: s.maxQueue,
      maxWaitMs: s.maxWaitMs,
    });
    this.breaker = createBreaker(s);
    this.breaker.onBreak(() => (this.openedAt = Date.now()));
    this.retry = createGetRetry(s);
  }

  /** Seconds until the open breaker lets a test call through (at least 1). */
  breakerRetryAfterS(): number {
    const left = this.openedAt + this.settings.breakerOpenMs - Date.now();
    return Math.max(1, Math.ceil(left / 1000));
  }

  /**
   * Sends `call` and gives the final answer to `handle`, which must consume its body. GET and HEAD
   * are retried on network errors and 429/502/503/504; other methods are sent once.
   * Throws network errors, LimiterRejectedError, BrokenCircuitError, ClientGoneError, DeliveryError.
   */
  async exchange(
    call: UpstreamCall,
    handle: (r: UpstreamResponse) => Promise<void>,
  ): Promise<number> {
    const once = (mayRetry: boolean) => {
      // While the breaker's one test call runs, cockatiel would hold every other call (outside the
      // bounded queue) until it ends: answer those at once instead.
      if (this.breaker.state === CircuitState.HalfOpen) throw new BrokenCircuitError();
      return this.breaker.execute(
        () => this.limiter.run(() => this.attempt(call, mayRetry, handle), call.signal),
        call.signal,
      );
    };
    // A streamed body can be sent once only (a GET with a body is odd, but possible).
    const idempotent =
      (call.method === 'GET' || call.method === 'HEAD') && typeof call.body !== 'object';
    const out = idempotent
      ? await this.retry.execute(
          ({ attempt }) => once(attempt < this.settings.getAttempts - 1),
          call.signal,
        )
      : await once(false);
    if (out.kind === 'retry') throw new Error('unreachable: the last try always hands on');
    return out.status;
  }

  private async attempt(
    call: UpstreamCall,
    mayRetry: boolean,
    handle: (r: UpstreamResponse) => Promise<void>,
  ): Promise<Attempt> {
    if (call.signal.aborted) throw new ClientGoneError();
    let res: UpstreamResponse;
    try {
      res = await this.pool.request({
        method: call.method as Dispatcher.HttpMethod,
        path: call.path,
        headers: call.headers,
        body: call.body ?? null,
        signal: call.signal,
        headersTimeout: this.settings.timeoutMs,
        bodyTimeout: this.settings.timeoutMs,
      });
    } catch (err) {
      throw call.signal.aborted ? new ClientGoneError() : err;
    }
    if (mayRetry && RETRY_STATUSES.has(res.statusCode)) {
      const retryAfterMs = parseRetryAfter(res.headers['retry-after']);
      if (retryAfterMs === undefined || retryAfterMs <= this.settings.retryAfterCapMs) {
        await res.body.dump();
        return {
          kind: 'retry',
          status: res.statusCode,
          ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
        };
      }
    }
    try {
      await handle(res);
    } catch (err) {
      throw new DeliveryError(err);
    }
    return { kind: 'done', status: res.statusCode };
  }

  /** Closes the pool once; later calls (a second dispose) resolve at once instead of rejecting. */
  close(): Promise<void> {
    this.closing ??= this.pool.close();
    return this.closing;
  }
}
