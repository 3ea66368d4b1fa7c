import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { toErrorAnswer } from '../error-body.js';
import { NotFoundError, StateUnavailableError, TooManyRequestsError } from '../errors.js';

export function requestId(req: Request): string {
  return String(req.id ?? '');
}

/** Unknown /api routes: a ConsoleErrorBody rather than Express's HTML page. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`No such API: ${req.method} ${req.baseUrl}${req.path}`));
};

/** The one place that turns errors into responses (bodies from toErrorAnswer, error-body.ts). */
export const errorHandler: ErrorRequestHandler = (err: unknown, req, res, next) => {
  if (res.headersSent) {
    next(err);
    return;
  }
  if (
    (err instanceof TooManyRequestsError || err instanceof StateUnavailableError) &&
    err.retryAfterSeconds !== undefined
  ) {
    res.setHeader('Retry-After', String(err.retryAfterSeconds));
  }
  const answer = toErrorAnswer(err);
  if (!answer.known) req.log.error({ err }, 'unhandled error');
  res.status(answer.status).json({ ...answer.body, request_id: requestId(req) });
};
