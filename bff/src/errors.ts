import { ConsoleErrorCode, type ConsoleErrorBody } from '@console/shared';

type Code = (typeof ConsoleErrorCode)[keyof typeof ConsoleErrorCode];

/**
 * Base of every error the BFF answers with: its own (a `Console.*` code) and an upstream's
 * (`ModelArtsCallError`, the code ModelArts sent). `toErrorAnswer` turns any of them into the body.
 */
export class ConsoleError extends Error {
  constructor(
    readonly status: number,
    readonly code: Code | (string & {}),
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** The body the browser gets. */
  toBody(): ConsoleErrorBody {
    return {
      error_code: this.code,
      error_msg: this.message,
      ...(this.field ? { field: this.field } : {}),
    };
  }
}

export class ValidationError extends ConsoleError {
  constructor(message: string, field?: string) {
    super(400, ConsoleErrorCode.badRequest, message, field);
  }
}

export class UnauthenticatedError extends ConsoleError {
  constructor(message = 'Not signed in, or the session has expired') {
    super(401, ConsoleErrorCode.unauthenticated, message);
  }
}

export class BadCredentialsError extends ConsoleError {
  constructor(message: string) {
    super(401, ConsoleErrorCode.badCredentials, message);
  }
}

export class ForbiddenError extends ConsoleError {
  constructor(message: string) {
    super(403, ConsoleErrorCode.forbidden, message);
  }
}

export class NotFoundError extends ConsoleError {
  constructor(message = 'Not found') {
    super(404, ConsoleErrorCode.notFound, message);
  }
}

export class PayloadTooLargeError extends ConsoleError {
  constructor(message: string) {
    super(413, ConsoleErrorCode.payloadTooLarge, message);
  }
}

export class UnsupportedMediaTypeError extends ConsoleError {
  constructor(message: string) {
    super(415, ConsoleErrorCode.unsupportedMediaType, message);
  }
}

export class TooManyRequestsError extends ConsoleError {
  constructor(
    message: string,
    /** Seconds until a retry may succeed (sent as `Retry-After`). */
    readonly retryAfterSeconds?: number,
  ) {
    super(429, ConsoleErrorCode.tooManyRequests, message);
  }
}

export class UpstreamUnreachableError extends ConsoleError {
  constructor(message: string) {
    super(502, ConsoleErrorCode.upstreamUnreachable, message);
  }
}

export class UpstreamTimeoutError extends ConsoleError {
  constructor(message: string) {
    super(504, ConsoleErrorCode.upstreamTimeout, message);
  }
}

/** The shared state (Redis) is unreachable: nothing was changed; try again shortly. */
export class StateUnavailableError extends ConsoleError {
  readonly retryAfterSeconds = 5;
  constructor(message = 'The console cannot reach its session store right now; try again shortly') {
    super(503, ConsoleErrorCode.stateUnavailable, message);
  }
}
