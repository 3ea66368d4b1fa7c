import type { RequestHandler, Response } from 'express';
import { AUTH_TOKEN_HEADER, SUBJECT_TOKEN_HEADER } from '@console/shared';
import type { Logger } from '../../logger.js';
import type { TokenService } from '../../domain/iam/token-service.js';

/**
 * An IAM error with a code, in the documented shape `{error_msg, error_code}` (calling_apis/
 * response.rst, catalog §1.1). No Keystone `error` object beside it: the official SDK reads
 * `error.code` before `error_code`, so it would report the HTTP status instead of the code string.
 */
export function iamError(res: Response, status: number, message: string, code: string): void {
  res.status(status).json({ error_code: code, error_msg: message });
}

/** The Keystone-only form (IAM v3 answers 403 / 404 this way; no documented error_code). */
function keystoneError(res: Response, status: number, title: string, message: string): void {
  res.status(status).json({ error: { code: status, message, title } });
}

const CALLER_PROBLEM = {
  missing: 'Incorrect IAM authentication information: the X-Auth-Token header is missing.',
  invalid: 'Incorrect IAM authentication information: decrypt token fail.',
  expired: 'Incorrect IAM authentication information: the token has expired.',
} as const;

/**
 * IAM "Deleting a User Token", `DELETE /v3/auth/tokens` with `X-Auth-Token` (the caller) and
 * `X-Subject-Token` (the token to delete): 204, after which the token is invalid everywhere.
 * The caller must be valid (401 otherwise); a caller may delete only its own user's tokens (403: the
 * emulator has no Security Administrator); the subject must exist (404); no subject is a 400.
 */
export function revokeTokenRoute(tokens: TokenService, log: Logger): RequestHandler {
  return (req, res) => {
    const caller = tokens.check(req.get(AUTH_TOKEN_HEADER)?.trim());
    if (!caller.ok) {
      iamError(res, 401, CALLER_PROBLEM[caller.reason], 'APIGW.0301');
      return;
    }
    const subject = req.get(SUBJECT_TOKEN_HEADER)?.trim();
    if (!subject) {
      iamError(res, 400, 'Mandatory parameters are not specified.', '1100');
      return;
    }
    const owner = tokens.recordOf(subject);
    if (!owner) {
      keystoneError(res, 404, 'Not Found', 'Could not find token.');
      return;
    }
    if (owner.user_id !== caller.token.user_id) {
      keystoneError(res, 403, 'Forbidden', 'You are not authorized to delete this token.');
      return;
    }
    tokens.revoke(subject);
    log.info({ user: caller.token.user_name }, 'token deleted');
    res.status(204).end();
  };
}
