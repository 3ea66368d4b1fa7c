import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { ConsoleErrorCode, type ConsoleErrorBody } from '@console/shared';
import { ConsoleError, NotFoundError, TooManyRequestsError } from '../errors.js';
import { bodyErrorToConsole } from './body-errors.js';

export function requestId(req: Request): string {
  return String(req.id ?? '');
}

export function consoleErrorBody(req: Request, err: ConsoleError): ConsoleErrorBody {
  return {
    error_code: err.code,
    error_msg: err.message,
    request_id: requestId(req),
    ...(err.field ? { field: err.field } : {}),
  };
}

export function sendConsoleError(req: Request, res: Response, err: ConsoleError): void {
  if (err instanceof TooManyRequestsError && err.retryAfterSeconds !== undefined) {
    res.setHeader('Retry-After', String(err.retryAfterSeconds));
  }
  res.status(err.status).json(consoleErrorBody(req, err));
}

/** Unknown /api routes: a ConsoleErrorBody rather than Express's HTML page. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`No such API: ${req.method} ${req.baseUrl}${req.path}`));
};

/** The one place that turns errors into responses. */
export const errorHandler: ErrorRequestHandler = (err: unknown, req, res, next) => {
  if (res.headersSent) {
    next(err);
    return;
  }
  if (err instanceof ConsoleError) {
    sendConsoleError(req, res, err);
    return;
  }
  const bodyError = bodyErrorToConsole(err);
  if (bodyError) {
    sendConsoleError(req, res, bodyError);
    return;
  }
  req.log.error({ err }, 'unhandled error');
  res.status(500).json({
    error_code: ConsoleErrorCode.internal,
    error_msg: 'Internal error in the console backend',
    request_id: requestId(req),
  } satisfies ConsoleErrorBody);
};
