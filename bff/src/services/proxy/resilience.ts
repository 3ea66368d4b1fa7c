import {
  circuitBreaker,
  ConsecutiveBreaker,
  DelegateBackoff,
  handleWhen,
  retry,
  type CircuitBreakerPolicy,
  type RetryPolicy,
} from 'cockatiel';
import { retryDelayMs } from './retry-after.js';
import { errorCode, isNetworkError } from './upstream-errors.js';
import type { UpstreamSettings } from './upstream-settings.js';

/** One try's outcome: the answer was handed on, or an idempotent call asks for another try. */
export type Attempt =
  { kind: 'done'; status: number } | { kind: 'retry'; status: number; retryAfterMs?: number };

/** Answers that mean "the upstream is failing" (429 means "alive but throttling": not counted). */
const FAILURE_STATUSES = new Set([502, 503, 504]);

/** Opens after `breakerFailures` consecutive network errors or 502/503/504 answers. */
export function createBreaker(s: UpstreamSettings): CircuitBreakerPolicy {
  return circuitBreaker(
    handleWhen(isNetworkError).orWhenResult((r) => FAILURE_STATUSES.has((r as Attempt).status)),
    { halfOpenAfter: s.breakerOpenMs, breaker: new ConsecutiveBreaker(s.breakerFailures) },
  );
}

/**
 * Up to `getAttempts` tries on network errors (not on a timeout: the browser already waited the
 * whole time) and on tries that ask for it, with the upstream's Retry-After or jittered backoff.
 */
export function createGetRetry(s: UpstreamSettings): RetryPolicy {
  const backoff = { baseMs: s.retryBaseMs, capMs: s.retryAfterCapMs };
  return retry(
    handleWhen((e) => isNetworkError(e) && errorCode(e) !== 'UND_ERR_HEADERS_TIMEOUT').orWhenResult(
      (r) => (r as Attempt).kind === 'retry',
    ),
    {
      maxAttempts: s.getAttempts - 1,
      backoff: new DelegateBackoff(({ attempt, result }) => {
        const asked = 'value' in result ? (result.value as Attempt) : undefined;
        const retryAfterMs = asked?.kind === 'retry' ? asked.retryAfterMs : undefined;
        return retryDelayMs(attempt, retryAfterMs, backoff);
      }),
    },
  );
}
