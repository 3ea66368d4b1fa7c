import type { RequestHandler } from 'express';
import { AUTH_TOKEN_HEADER } from '@console/shared';
import { V1Error } from '../v1/errors.js';
import type { TokenService } from './token-service.js';
import type { TokenRecord } from '../store/types.js';

const TOKEN_ERRORS = {
  missing: new V1Error(401, 'ModelArts.0201', "Token doesn't exist."),
  invalid: new V1Error(401, 'ModelArts.0203', 'Invalid token.'),
  expired: new V1Error(
    401,
    'ModelArts.0202',
    'Invalid token header because the token has expired.',
  ),
};

/** Per-request auth context, set by requireToken. */
export interface AuthLocals {
  auth: TokenRecord;
}

/**
 * `/v1/{project_id}/…` needs a valid `X-Auth-Token` scoped to that project (catalog §1.2):
 * missing → 401 0201, unknown → 401 0203, expired → 401 0202, other project → 403 0210.
 */
export function requireToken(tokens: TokenService): RequestHandler<{ project_id: string }> {
  return (req, res, next) => {
    const check = tokens.check(req.get(AUTH_TOKEN_HEADER)?.trim());
    if (!check.ok) {
      next(TOKEN_ERRORS[check.reason]);
      return;
    }
    if (check.token.project_id !== req.params.project_id) {
      next(
        new V1Error(
          403,
          'ModelArts.0210',
          'The project id in the request URL does not match the token.',
        ),
      );
      return;
    }
    (res.locals as AuthLocals).auth = check.token;
    next();
  };
}
