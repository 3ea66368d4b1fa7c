import express, { Router, type Response } from 'express';
import { z } from 'zod';
import { AUTH_TOKEN_HEADER } from '@console/shared';
import type { Logger } from '../../logger.js';
import type { TokenService } from '../../domain/iam/token-service.js';
import {
  DEFAULT_DURATION_S,
  MAX_DURATION_S,
  MIN_DURATION_S,
  TemporaryCredentials,
} from '../../domain/iam/temp-credentials.js';

/** IAM's Keystone-style error body `{error: {code, message, title}}`. */
function keystoneError(res: Response, status: number, title: string, message: string): void {
  res.status(status).json({ error: { code: status, message, title } });
}

const Duration = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]);
const BodySchema = z.object({
  auth: z.object({
    identity: z.object({
      methods: z
        .array(z.string())
        .refine((m) => m.length === 1 && m[0] === 'token', 'methods must be ["token"]'),
      token: z
        .object({ id: z.string().optional(), duration_seconds: Duration.optional() })
        .optional(),
      policy: z.unknown().optional(),
    }),
  }),
});

const CALLER_PROBLEM = {
  missing: 'The request you have made requires authentication.',
  invalid: 'The request you have made requires authentication: the token is invalid.',
  expired: 'The request you have made requires authentication: the token has expired.',
} as const;

/**
 * IAM "Obtaining a Temporary Access Key and Security Token Through a Token"
 * (CreateTemporaryAccessKeyByToken, iam_04_0002): `POST /v3.0/OS-CREDENTIAL/securitytokens`
 * with `{"auth":{"identity":{"methods":["token"],"token":{"id","duration_seconds"}}}}`; the
 * caller's token in `X-Auth-Token` (it wins over `token.id`) → 201
 * `{"credential":{"access","secret","securitytoken","expires_at"}}`, valid 900–86,400 s (900 by
 * default) and never past the token. A `policy` is accepted and not applied.
 */
export function securityTokenRouter(deps: {
  tokens: TokenService;
  credentials: TemporaryCredentials;
  log: Logger;
}): Router {
  const router = Router();
  const rawBody = express.raw({ type: () => true, limit: 64 * 1024 });
  router.post('/OS-CREDENTIAL/securitytokens', rawBody, (req, res) => {
    let body: unknown;
    try {
      body = JSON.parse(Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '');
    } catch {
      keystoneError(res, 400, 'Bad Request', 'The request body is not JSON.');
      return;
    }
    const parsed = BodySchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      keystoneError(
        res,
        400,
        'Bad Request',
        `Invalid request body: ${issue?.path.join('.')}: ${issue?.message}`,
      );
      return;
    }
    const { token } = parsed.data.auth.identity;
    const duration = token?.duration_seconds ?? DEFAULT_DURATION_S;
    if (!Number.isInteger(duration) || duration < MIN_DURATION_S || duration > MAX_DURATION_S) {
      const message = `Invalid duration_seconds: it must be an integer from ${MIN_DURATION_S} to ${MAX_DURATION_S}.`;
      keystoneError(res, 400, 'Bad Request', message);
      return;
    }
    const caller = deps.tokens.check(req.get(AUTH_TOKEN_HEADER)?.trim() || token?.id);
    if (!caller.ok) {
      keystoneError(res, 401, 'Unauthorized', CALLER_PROBLEM[caller.reason]);
      return;
    }
    const credential = deps.credentials.issue(caller.token, duration);
    deps.log.info({ user: caller.token.user_name, duration }, 'temporary access key issued');
    res.status(201).json(TemporaryCredentials.view(credential));
  });
  return router;
}
