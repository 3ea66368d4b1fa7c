import type { RequestHandler } from 'express';
import { AUTH_TOKEN_HEADER } from '@console/shared';
import { V1Error } from '../../domain/v1/errors.js';
import { verifyAkSk, type AccessKey } from './aksk-auth.js';
import type { TokenService } from '../../domain/iam/token-service.js';
import type { UsersFile } from '../../domain/iam/users.js';
import type { TokenRecord } from '../../store/types.js';

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

/** AK/SK signing is accepted when the emulator has a key pair (bound to the demo user). */
export interface AkSkAuth {
  key: AccessKey;
  users: UsersFile;
}

/**
 * `/v1/{project_id}/…` needs a valid `X-Auth-Token` scoped to that project (catalog §1.2):
 * missing → 401 0201, unknown → 401 0203, expired → 401 0202, other project → 403 0210 — or an
 * `SDK-HMAC-SHA256` signature by the emulator's access key (see aksk-auth.ts).
 */
export function requireToken(
  tokens: TokenService,
  aksk?: AkSkAuth,
): RequestHandler<{ project_id: string }> {
  return (req, res, next) => {
    const authorization = req.get('authorization');
    if (aksk && !req.get(AUTH_TOKEN_HEADER) && authorization?.startsWith('SDK-HMAC-SHA256')) {
      try {
        (res.locals as AuthLocals).auth = verifyAkSk(req, aksk.key, aksk.users);
        next();
      } catch (err) {
        next(err);
      }
      return;
    }
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
