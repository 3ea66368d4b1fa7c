import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from '../logger.js';
import { deepField, V1Error } from '../domain/v1/errors.js';
import { BODY_TOO_LARGE, sendV1Error, v1ClientError } from './v1/v1-error-body.js';
import { clientErrorOf, type ClientError } from './client-errors.js';

const ROUTE_NOT_FOUND = 'The API does not exist or has not been published in the environment';

/** The error shape of the API a path belongs to: IAM (/v3), ModelArts v1, or the plain gateway one. */
type Api = 'iam' | 'v1' | 'plain';
const apiOf = (path: string): Api =>
  path.startsWith('/v3/') || path === '/v3'
    ? 'iam'
    : path.startsWith('/v1/') || path === '/v1'
      ? 'v1'
      : 'plain';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  413: 'Payload Too Large',
  500: 'Internal Server Error',
};

function send(res: Response, api: Api, status: number, code: string, message: string): void {
  if (api === 'v1') return sendV1Error(res, new V1Error(status, code, message));
  const body = { error_code: code, error_msg: message };
  if (api === 'plain') return void res.status(status).json(body);
  const title = TITLES[status] ?? (status >= 500 ? 'Internal Server Error' : 'Bad Request');
  res.status(status).json({ error: { code: status, message, title }, ...body });
}

function sendClientError(res: Response, api: Api, c: ClientError): void {
  if (api === 'v1') return sendV1Error(res, v1ClientError(c));
  // 413: the documented ModelArts.4104; bad bodies: the code the IAM route uses for them
  const code = c.kind === 'too_large' ? 'ModelArts.4104' : 'APIGW.0101';
  const message =
    c.kind === 'too_large'
      ? BODY_TOO_LARGE
      : c.kind === 'invalid_json'
        ? 'The request body is not valid JSON.'
        : c.kind === 'too_deep'
          ? `The request body is invalid: ${deepField(c.at ?? [])}: ${c.detail}`
          : c.kind === 'bad_path'
            ? `The request is invalid: ${c.detail}`
            : `The request body is invalid: ${c.detail}`;
  send(res, api, c.status, code, message);
}

/** JSON 404 in the path's API shape for routes nobody answered (never Express's HTML page). */
export const notFound: RequestHandler = (req, res) => {
  send(res, apiOf(req.path), 404, 'APIGW.0101', ROUTE_NOT_FOUND);
};

/**
 * Last error handler (v2 has its own): v1 errors as thrown, a client's body errors as 4xx in
 * the path's API shape (413 too large, 400 invalid or too deep), anything else logged and 500.
 */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) return next(err);
    const api = apiOf(req.path);
    if (err instanceof V1Error) return send(res, api, err.status, err.code, err.message);
    const client = clientErrorOf(err);
    if (client) return sendClientError(res, api, client);
    log.error({ err, path: req.path }, 'unexpected error');
    if (api === 'iam') return send(res, api, 500, 'APIGW.0001', 'Internal error.');
    send(res, api, 500, 'ModelArts.0010', 'Internal error.');
  };
}
