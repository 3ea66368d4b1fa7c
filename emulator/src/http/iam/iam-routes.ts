import { Router } from 'express';
import { IamTokenRequestSchema, SUBJECT_TOKEN_HEADER } from '@console/shared';
import type { Logger } from '../../logger.js';
import { iamError, revokeTokenRoute } from './token-revoke-route.js';
import { iamTime, type TokenService } from '../../domain/iam/token-service.js';
import { authenticate, type UsersFile } from '../../domain/iam/users.js';

/**
 * IAM `POST /v3/auth/tokens` (password method, project scope by name or id; catalog §1.1) and
 * `DELETE /v3/auth/tokens` (IAM "Deleting a User Token").
 */
export function iamRouter(deps: { users: UsersFile; tokens: TokenService; log: Logger }): Router {
  const router = Router();
  router.post('/auth/tokens', (req, res) => {
    const parsed = IamTokenRequestSchema.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const message = `The request body is invalid: ${issue?.path.join('.')}: ${issue?.message}`;
      iamError(res, 400, message, 'APIGW.0101');
      return;
    }
    const { identity, scope } = parsed.data.auth;
    const user = identity.password.user;
    const who = authenticate(deps.users, {
      domain: user.domain.name,
      user: user.name,
      password: user.password,
      project: scope.project,
    });
    if (!who) {
      deps.log.info({ domain: user.domain.name, user: user.name }, 'token refused');
      const message = 'The username or password is wrong.';
      iamError(res, 401, message, 'APIGW.0301');
      return;
    }
    const { token, record } = deps.tokens.issue(who);
    deps.log.info({ user: record.user_name, project: record.project_name }, 'token issued');
    res
      .status(201)
      .set(SUBJECT_TOKEN_HEADER, token)
      .json({
        token: {
          expires_at: iamTime(record.expires_at),
          issued_at: iamTime(record.issued_at),
          methods: ['password'],
          project: {
            id: who.project.id,
            name: who.project.name,
            domain: { id: who.domain.id, name: who.domain.name },
          },
          user: {
            name: who.user.name,
            id: who.user.id,
            domain: { id: who.domain.id, name: who.domain.name },
            password_expires_at: '',
          },
          roles: [{ id: '0', name: 'op_service' }],
          catalog: [],
        },
      });
  });
  router.delete('/auth/tokens', revokeTokenRoute(deps.tokens, deps.log));
  return router;
}
