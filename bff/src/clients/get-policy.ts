import { ConsoleErrorCode } from '@console/shared';
import {
  BrokenCircuitError,
  circuitBreaker,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleWhen,
  retry,
  wrap,
  type IBackoff,
  type IBackoffFactory,
  type IRetryBackoffContext,
} from 'cockatiel';
import { ModelArtsCallError } from './modelarts-error.js';

export interface GetPolicyOptions {
  /** Calls in all, the first included (default 3). */
  maxAttempts?: number;
  /** First backoff delay; later ones grow exponentially with jitter (default 250 ms). */
  initialDelayMs?: number;
  /** Longest backoff delay (default 4 s). */
  maxDelayMs?: number;
  /**
   * A `Retry-After` longer than this is not waited out inside the call: the error goes to the
   * caller (e.g. the log poller, which has its own, longer backoff). Default 5 s.
   */
  maxRetryAfterMs?: number;
  /** Consecutive upstream outages (network, 502/503/504) that open the circuit (default 5). */
  breakAfter?: number;
  /** How long an open circuit fails calls at once before it lets a test call through (5 s). */
  halfOpenAfterMs?: number;
}

/** Runs one idempotent upstream GET with retries; see createGetPolicy. */
export interface GetPolicy {
  execute<T>(attempt: () => Promise<T>): Promise<T>;
}

const OUTAGE_STATUSES = new Set([502, 503, 504]);

/** Network errors (mapped to 502/504 by upstream-json) and 502/503/504 answers: the upstream is down. */
export function isOutage(err: unknown): err is ModelArtsCallError {
  return err instanceof ModelArtsCallError && err.transient && OUTAGE_STATUSES.has(err.status);
}

/** Worth another attempt of the same GET: an outage, or a 429 (throttled). */
export function isRetryable(err: unknown): err is ModelArtsCallError {
  return isOutage(err) || (err instanceof ModelArtsCallError && err.status === 429);
}

/** Jittered exponential backoff that waits at least the failure's `Retry-After`. */
class RetryAfterBackoff implements IBackoffFactory<IRetryBackoffContext<unknown>> {
  constructor(private readonly inner: IBackoff<unknown> | IBackoffFactory<unknown>) {}

  next(ctx: IRetryBackoffContext<unknown>): IBackoff<IRetryBackoffContext<unknown>> {
    const step = this.inner.next(ctx);
    const err = 'error' in ctx.result ? ctx.result.error : undefined;
    const retryAfter = err instanceof ModelArtsCallError ? (err.retryAfterMs ?? 0) : 0;
    const after = new RetryAfterBackoff(step);
    return { duration: Math.max(step.duration, retryAfter), next: (c) => after.next(c) };
  }
}

/**
 * Retry (jittered exponential backoff, `Retry-After` honoured) around a circuit breaker, for one
 * upstream. Only outages count towards the breaker: a 429 is the upstream throttling one caller,
 * not being down. While the circuit is open, calls fail at once with a transient 503.
 */
export function createGetPolicy(o: GetPolicyOptions = {}): GetPolicy {
  const maxRetryAfterMs = o.maxRetryAfterMs ?? 5_000;
  const halfOpenAfter = o.halfOpenAfterMs ?? 5_000;
  const retryWhen = handleWhen(
    (err) => isRetryable(err) && (err.retryAfterMs ?? 0) <= maxRetryAfterMs,
  );
  const backoff = new ExponentialBackoff({
    initialDelay: o.initialDelayMs ?? 250,
    maxDelay: o.maxDelayMs ?? 4_000,
  });
  const retries = retry(retryWhen, {
    maxAttempts: (o.maxAttempts ?? 3) - 1,
    backoff: new RetryAfterBackoff(backoff),
  });
  const breaker = circuitBreaker(handleWhen(isOutage), {
    halfOpenAfter,
    breaker: new ConsecutiveBreaker(o.breakAfter ?? 5),
  });
  const policy = wrap(retries, breaker);
  return {
    async execute(attempt) {
      try {
        return await policy.execute(() => attempt());
      } catch (err) {
        if (!(err instanceof BrokenCircuitError)) throw err;
        throw new ModelArtsCallError(
          503,
          {
            error_code: ConsoleErrorCode.upstreamUnreachable,
            error_msg: 'ModelArts is unreachable (calls paused after repeated failures)',
          },
          true,
          halfOpenAfter,
        );
      }
    },
  };
}

const byOrigin = new Map<string, GetPolicy>();

/** The shared policy (one circuit breaker) of the upstream that serves `url`. */
export function getPolicyFor(url: string): GetPolicy {
  const origin = new URL(url).origin;
  let p = byOrigin.get(origin);
  if (!p) {
    p = createGetPolicy();
    byOrigin.set(origin, p);
  }
  return p;
}
