import type { ConsoleErrorBody } from '@console/shared';
import { ConsoleError } from '../errors.js';

/** The longest `Retry-After` the console honours; a larger one is read as this. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Failure of a ModelArts call, already in the console error shape (the upstream's code and message). */
export class ModelArtsCallError extends ConsoleError {
  constructor(
    status: number,
    readonly body: ConsoleErrorBody,
    /** Network trouble, a 5xx or a 429: worth a retry. */
    readonly transient: boolean,
    /** The upstream's `Retry-After` in ms (capped at MAX_RETRY_AFTER_MS), when it sent one. */
    readonly retryAfterMs?: number,
  ) {
    super(status, body.error_code, body.error_msg, body.field);
  }

  override toBody(): ConsoleErrorBody {
    return this.body;
  }
}

/**
 * `Retry-After` (RFC 9110 §10.2.3): delay-seconds or an HTTP date. Returns ms from `now`, at most
 * MAX_RETRY_AFTER_MS, or undefined when absent or unreadable.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now = Date.now(),
): number | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  let ms: number;
  if (/^\d+$/.test(v)) ms = Number(v) * 1000;
  else {
    const at = Date.parse(v);
    if (Number.isNaN(at) || !/[a-z]/i.test(v)) return undefined;
    ms = Math.max(0, at - now);
  }
  return Math.min(ms, MAX_RETRY_AFTER_MS);
}

/**
 * Token errors of ModelArts (catalog §1.2 / §6): no token, expired, invalid. When the upstream
 * answers one of them with 401 the IAM token of the session is dead, so the session has ended.
 */
export const TOKEN_REJECTED_CODES: readonly string[] = [
  'ModelArts.0201',
  'ModelArts.0202',
  'ModelArts.0203',
];

export function isTokenRejected(err: unknown): err is ModelArtsCallError {
  return (
    err instanceof ModelArtsCallError &&
    err.status === 401 &&
    TOKEN_REJECTED_CODES.includes(err.body.error_code)
  );
}
