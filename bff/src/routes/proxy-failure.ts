import type { NextFunction, Request, Response } from 'express';
import { BrokenCircuitError, IsolatedCircuitError, TaskCancelledError } from 'cockatiel';
import { ConsoleError } from '../errors.js';
import type { Logger } from '../logger.js';
import { LimiterRejectedError } from '../services/proxy/limiter.js';
import type { Upstream } from '../services/proxy/upstream.js';
import {
  BusyError,
  ClientGoneError,
  DeliveryError,
  errorCode,
  isTimeout,
  upstreamFailureError,
} from '../services/proxy/upstream-errors.js';

export interface FailureContext {
  req: Request;
  res: Response;
  next: NextFunction;
  upstream: Upstream;
  version: string;
  log: Logger;
}

/** The console's answer to a proxied call that failed before (or while) its answer was sent. */
export function proxyFailure(err: unknown, c: FailureContext): void {
  const { res } = c;
  const gone = err instanceof ClientGoneError || err instanceof TaskCancelledError;
  if (gone || err instanceof DeliveryError || res.headersSent) {
    if (err instanceof DeliveryError) c.log.debug({ err: err.reason }, 'answer cut short');
    if (!res.writableEnded) res.destroy();
    return;
  }
  const busy = busyError(err, c);
  if (busy) {
    res.setHeader('Retry-After', String(busy.retryAfterS));
    c.next(busy);
    return;
  }
  if (err instanceof ConsoleError) {
    c.next(err);
    return;
  }
  c.log.warn({ code: errorCode(err), timeout: isTimeout(err) }, 'upstream failed');
  c.next(upstreamFailureError(err, c.version));
}

/** A full queue or an open breaker: 503 Console.0503 with Retry-After. */
function busyError(err: unknown, c: FailureContext): BusyError | undefined {
  if (err instanceof BusyError) return err;
  if (err instanceof LimiterRejectedError) return new BusyError(1);
  if (err instanceof BrokenCircuitError || err instanceof IsolatedCircuitError) {
    return new BusyError(
      c.upstream.breakerRetryAfterS(),
      `ModelArts (${c.version}) keeps failing; the console holds calls to it for a moment`,
    );
  }
  return undefined;
}
