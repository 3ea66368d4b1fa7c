import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { ConsoleErrorCode, type ConsoleErrorBody } from '@console/shared';
import { ConsoleError, NotFoundError } from '../errors.js';

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
  res.status(err.status).json(consoleErrorBody(req, err));
}

/** body-parser errors carry `type` and `status`. */
function isBodyParserError(err: unknown): err is { type: string; status: number } {
  return typeof err === 'object' && err !== null && 'type' in err && 'status' in err;
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
  if (isBodyParserError(err) && err.status >= 400 && err.status < 500) {
    const message =
      err.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON'
        : `The request body was rejected (${err.type})`;
    res.status(err.status).json({
      error_code: ConsoleErrorCode.badRequest,
      error_msg: message,
      request_id: requestId(req),
    } satisfies ConsoleErrorBody);
    return;
  }
  req.log.error({ err }, 'unhandled error');
  res.status(500).json({
    error_code: ConsoleErrorCode.internal,
    error_msg: 'Internal error in the console backend',
    request_id: requestId(req),
  } satisfies ConsoleErrorBody);
};
