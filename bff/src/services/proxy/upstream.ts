import type { Readable } from 'node:stream';
import {
  BrokenCircuitError,
  CircuitState,
  type CircuitBreakerPolicy,
  type RetryPolicy,
} from 'cockatiel';
import type { Dispatcher, Pool } from 'undici';
import { createUpstreamPool } from '../../clients/upstream-agent.js';
import { authorizedHeaders, type KeyRing } from '../../clients/upstream-auth.js';
import { ConcurrencyLimiter } from './limiter.js';
import { createBreaker, createGetRetry, type Attempt } from './resilience.js';
import { parseRetryAfter } from './retry-after.js';
import { ClientGoneError, DeliveryError } from './upstream-errors.js';
import type { UpstreamSettings } from './upstream-settings.js';

export interface UpstreamCall {
  method: string;
  /** Path + query on the upstream, e.g. `/v1/{project_id}/training-jobs?page=1`. */
  path: string;
  /** The headers to send, without credentials. */
  headers: Record<string, string>;
  /** The session's IAM token or service-account key reference (see clients/upstream-auth.ts). */
  credential: string;
  body?: string | Readable;
  /** Aborts when the browser goes away: the call leaves the queue or is cancelled upstream. */
  signal: AbortSignal;
}

export type UpstreamResponse = Dispatcher.ResponseData;

/** What the breaker sees of one request: an answer to hand on, or a status worth another try. */
type Answer =
  Exclude<Attempt, { kind: 'done' }> | { kind: 'answer'; status: number; res: UpstreamResponse };

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
    private readonly target: string,
    readonly settings: UpstreamSettings,
    /** Service accounts' access keys: a call whose credential is a key reference is signed. */
    private readonly keys?: KeyRing,
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

  /** `headers` plus the credential: `X-Auth-Token`, or an AK/SK signature over the exact request. */
  headersFor(
    credential: string,
    call: {
      method: string;
      path: string;
      headers: Record<string, string>;
      body?: string | Readable;
    },
  ): Record<string, string> {
    const streamed = call.body !== undefined && typeof call.body !== 'string';
    const target = this.target;
    return authorizedHeaders(
      credential,
      {
        method: call.method,
        // parsed only when the call is signed (a token is just added as a header)
        get url() {
          return new URL(call.path, target);
        },
        headers: call.headers,
        ...(typeof call.body === 'string' ? { body: call.body } : {}),
        streamed,
      },
      this.keys,
    );
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
    // While the breaker's one test call runs, cockatiel would hold every other call until it
    // ends: answer those at once instead (checked again once a queued call gets its slot).
    const halfOpen = () => this.breaker.state === CircuitState.HalfOpen;
    const once = (mayRetry: boolean) => {
      if (halfOpen()) throw new BrokenCircuitError();
      return this.limiter.run(async (): Promise<Attempt> => {
        if (halfOpen()) throw new BrokenCircuitError();
        // The breaker judges the status; the body is handed on only after it has recorded the
        // outcome, so a browser that calls again the moment it has its answer finds the breaker
        // closed (not still half-open behind a test call that already succeeded).
        const got = await this.breaker.execute(() => this.attempt(call, mayRetry), call.signal);
        if (got.kind === 'retry') return got;
        try {
          await handle(got.res);
        } catch (err) {
          throw new DeliveryError(err);
        }
        return { kind: 'done', status: got.status };
      }, call.signal);
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

  /** One request: an answer to hand on, or (idempotent calls) a status worth another try. */
  private async attempt(call: UpstreamCall, mayRetry: boolean): Promise<Answer> {
    if (call.signal.aborted) throw new ClientGoneError();
    let res: UpstreamResponse;
    try {
      res = await this.pool.request({
        method: call.method as Dispatcher.HttpMethod,
        path: call.path,
        headers: this.headersFor(call.credential, call),
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
    return { kind: 'answer', status: res.statusCode, res };
  }

  /** Closes the pool once; later calls (a second dispose) resolve at once instead of rejecting. */
  close(): Promise<void> {
    this.closing ??= this.pool.close();
    return this.closing;
  }
}
