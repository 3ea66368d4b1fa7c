/** HTTP dates start with a day name: IMF-fixdate `Sun, 06 Nov 1994 …`, RFC 850, asctime. */
const HTTP_DATE = /^[A-Za-z]{3,9},? /;

/**
 * `Retry-After` (RFC 9110 §10.2.3) as milliseconds from `now`: delta-seconds or an HTTP date (a
 * date in the past is 0). Undefined when absent or unreadable.
 */
export function parseRetryAfter(
  value: string | string[] | undefined,
  now: number = Date.now(),
): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  const v = raw?.trim();
  if (!v) return undefined;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  if (!HTTP_DATE.test(v)) return undefined;
  // HTTP dates are GMT; asctime has no zone (and Date.parse would read it as local time).
  const at = Date.parse(/ (GMT|UTC)$/.test(v) ? v : `${v} GMT`);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export interface BackoffOptions {
  /** Ceiling of the first retry's delay; it doubles with every retry. */
  baseMs: number;
  /** No delay is longer than this. */
  capMs: number;
  /** [0, 1); Math.random by default (tests pass a fixed one). */
  random?: () => number;
}

/**
 * Delay before retry number `retry` (1 = the first retry): the upstream's Retry-After when it sent
 * one (capped), otherwise exponential backoff with "equal jitter" (half fixed, half random), so
 * many browsers retrying at once spread out but none retries at once.
 */
export function retryDelayMs(
  retry: number,
  retryAfterMs: number | undefined,
  o: BackoffOptions,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, o.capMs);
  const ceiling = Math.min(o.capMs, o.baseMs * 2 ** Math.max(0, retry - 1));
  return Math.round(ceiling / 2 + ((o.random ?? Math.random)() * ceiling) / 2);
}
