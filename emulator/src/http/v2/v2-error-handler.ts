import type { ErrorRequestHandler, RequestHandler } from 'express';
import { deepField, V1Error } from '../../domain/v1/errors.js';
import { invalidField, V2Error, v2Errors } from '../../domain/v2/v2-errors.js';
import type { Logger } from '../../logger.js';
import { clientErrorOf, type ClientError } from '../client-errors.js';
import { BODY_TOO_LARGE } from '../v1/v1-error-body.js';

/** A body error of the client in the v2 shape: 413 ModelArts.4104, 400 2787 or 2788. */
export function v2ClientError(c: ClientError): V2Error {
  switch (c.kind) {
    case 'too_large':
      return new V2Error(413, 'ModelArts.4104', BODY_TOO_LARGE, 'Send a smaller request body.');
    case 'invalid_json':
      return v2Errors.invalidJson();
    case 'too_deep':
      return invalidField(deepField(c.at ?? []), c.detail);
    default:
      return new V2Error(c.status, 'ModelArts.2788', `InvalidParam: ${c.detail}`);
  }
}

/** Unknown `/v2/...` routes (after every v2 router). */
export const v2NotFound: RequestHandler = () => {
  throw v2Errors.routeNotFound();
};

/** v2 error bodies for v2 errors, token errors of the shared IAM middleware and bad JSON. */
export function v2ErrorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const client = clientErrorOf(err);
    let e: V2Error;
    if (err instanceof V2Error) e = err;
    else if (err instanceof V1Error) e = new V2Error(err.status, err.code, err.message);
    else if (client) e = v2ClientError(client);
    else {
      log.error({ err, path: req.path }, 'unexpected v2 error');
      e = new V2Error(500, 'ModelArts.0010', 'Internal error.');
    }
    res.status(e.status).json({
      error_code: e.code,
      error_msg: e.message,
      ...(e.solution ? { error_solution: e.solution } : {}),
    });
  };
}
