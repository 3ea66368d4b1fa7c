import { ConsoleErrorCode } from '@console/shared';
import { authorizedHeaders, type KeyRing } from './upstream-auth.js';
import { parseJsonLossless } from './lossless-json.js';
import { getPolicyFor, type GetPolicy } from './get-policy.js';
import { ModelArtsCallError, parseRetryAfter } from './modelarts-error.js';

/** 204 / ModelArts.2776 NotReadyToFetchLog (catalog §2.3): nothing to read yet, read again later. */
export const NOT_READY = Symbol('not ready');

export function notReady(body: unknown, codes: readonly string[] = ['ModelArts.2776']): boolean {
  return (
    body === NOT_READY ||
    (typeof body === 'object' &&
      body !== null &&
      'error_code' in body &&
      typeof body.error_code === 'string' &&
      codes.includes(body.error_code))
  );
}

/** An error answer as a ModelArtsCallError: 5xx and 429 are transient; `retryAfterMs` from the header. */
export function upstreamError(
  status: number,
  body: unknown,
  retryAfterMs?: number,
): ModelArtsCallError {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const code = typeof b.error_code === 'string' ? b.error_code : `HTTP.${status}`;
  const msg =
    (typeof b.error_msg === 'string' && b.error_msg) ||
    (typeof b.error_message === 'string' && b.error_message) ||
    `ModelArts answered HTTP ${status}`;
  const transient = status >= 500 || status === 429;
  return new ModelArtsCallError(
    status,
    { error_code: code, error_msg: msg },
    transient,
    retryAfterMs,
  );
}

export function networkError(err: unknown): ModelArtsCallError {
  const timedOut = err instanceof DOMException && err.name === 'TimeoutError';
  return new ModelArtsCallError(
    timedOut ? 504 : 502,
    {
      error_code: timedOut
        ? ConsoleErrorCode.upstreamTimeout
        : ConsoleErrorCode.upstreamUnreachable,
      error_msg: timedOut ? 'ModelArts did not answer in time' : 'ModelArts is unreachable',
    },
    true,
  );
}

export interface GetJsonOptions {
  /** Per attempt. */
  timeoutMs: number;
  headers?: Record<string, string>;
  notReadyCodes?: string[];
  /** Retries and circuit breaker; default: the shared one of the URL's origin (get-policy.ts). */
  policy?: GetPolicy;
  /** Integers past Number.MAX_SAFE_INTEGER arrive as exact strings (aom-log cursors). */
  lossless?: boolean;
  /** Service accounts' access keys: a key reference as `token` signs the call (upstream-auth.ts). */
  keys?: KeyRing;
}

/**
 * GET with the token; the parsed JSON body, or NOT_READY for a 204. Error statuses throw a
 * ModelArtsCallError carrying the upstream's code and message (a 2776-like "not ready" body is
 * returned instead when `notReadyCodes` lists its code). Network errors, 429 and 502/503/504 are
 * retried a few times with backoff (`Retry-After` honoured) behind the upstream's circuit breaker.
 */
export function getJson(url: string, token: string, opts: GetJsonOptions): Promise<unknown> {
  return (opts.policy ?? getPolicyFor(url)).execute(() => getOnce(url, token, opts));
}

async function getOnce(url: string, token: string, opts: GetJsonOptions): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, {
      headers: authorizedHeaders(
        token,
        {
          method: 'GET',
          url: new URL(url),
          headers: { accept: 'application/json', ...opts.headers },
        },
        opts.keys,
      ),
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
  } catch (err) {
    throw networkError(err);
  }
  const body: unknown = opts.lossless
    ? await res
        .text()
        .then(parseJsonLossless)
        .catch(() => undefined)
    : await res.json().catch(() => undefined);
  if (!res.ok) {
    if (opts.notReadyCodes && notReady(body, opts.notReadyCodes)) return NOT_READY;
    throw upstreamError(res.status, body, parseRetryAfter(res.headers.get('retry-after')));
  }
  return res.status === 204 ? NOT_READY : body;
}

export function parseBody<T>(
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
  v: unknown,
): T {
  const r = schema.safeParse(v);
  if (!r.success || r.data === undefined) {
    throw new ModelArtsCallError(
      502,
      {
        error_code: ConsoleErrorCode.upstreamUnreachable,
        error_msg: 'ModelArts sent an unexpected body',
      },
      true,
    );
  }
  return r.data;
}
