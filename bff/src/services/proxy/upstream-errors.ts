import { ConsoleErrorCode } from '@console/shared';
import { ConsoleError } from '../../errors.js';

/** The browser went away (tab closed, navigation): nothing is answered and nothing is retried. */
export class ClientGoneError extends Error {
  constructor() {
    super('the browser closed the request');
    this.name = 'ClientGoneError';
  }
}

/** Handing the answer to the browser failed after it had started: never retried. */
export class DeliveryError extends Error {
  constructor(readonly reason: unknown) {
    super('the answer could not be delivered');
    this.name = 'DeliveryError';
  }
}

/** The upstream refused a service account's credential (401): send the call once more, renewed. */
export class CredentialRefusedError extends Error {
  constructor() {
    super('the service credential was refused');
    this.name = 'CredentialRefusedError';
  }
}

/** 503 Console.0503 with a `Retry-After` in seconds: the queue is full or the breaker is open. */
export class BusyError extends ConsoleError {
  constructor(
    readonly retryAfterS: number,
    message = 'The console is busy; try again in a moment',
  ) {
    super(503, ConsoleErrorCode.busy, message);
  }
}

/** `code` of an undici / net / tls error, or of its cause. */
export function errorCode(err: unknown): string | undefined {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | undefined;
  if (typeof e?.code === 'string') return e.code;
  return typeof e?.cause?.code === 'string' ? e.cause.code : undefined;
}

const TIMEOUT_CODES = new Set([
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'ETIMEDOUT',
]);

export function isTimeout(err: unknown): boolean {
  return TIMEOUT_CODES.has(errorCode(err) ?? '');
}

/** Failures before a connection existed: the request cannot have reached the upstream. */
const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);
const TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|^ERR_TLS|^ERR_SSL/;

export function neverSent(err: unknown): boolean {
  const code = errorCode(err) ?? '';
  return CONNECT_CODES.has(code) || TLS_CODE.test(code);
}

/** A network-level failure of the exchange itself (undici / net / tls errors carry a code). */
export function isNetworkError(err: unknown): boolean {
  return !(err instanceof DeliveryError) && errorCode(err) !== undefined;
}

/** The request may have reached the upstream but its answer never arrived (reset, hang-up, timeout). */
export function isLostAnswer(err: unknown): boolean {
  return isNetworkError(err) && !neverSent(err);
}

/** A network error or a timeout as the browser sees it: 502 Console.0502 or 504 Console.0504. */
export function upstreamFailureError(err: unknown, version: string): ConsoleError {
  return isTimeout(err)
    ? new ConsoleError(
        504,
        ConsoleErrorCode.upstreamTimeout,
        `ModelArts (${version}) did not answer in time`,
      )
    : new ConsoleError(
        502,
        ConsoleErrorCode.upstreamUnreachable,
        `ModelArts (${version}) is unreachable`,
      );
}
