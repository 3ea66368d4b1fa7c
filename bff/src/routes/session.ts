import express, { Router } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { LoginRequestSchema, type SessionInfo } from '@console/shared';
import type { IamClient } from '../clients/iam-client.js';
import { TooManyRequestsError, UnauthenticatedError } from '../errors.js';
import { sendConsoleError } from '../middleware/error-handler.js';
import { clearSessionCookie, setSessionCookie } from '../middleware/session.js';
import type { Session, SessionStore } from '../services/session-store.js';
import { parseOrThrow } from '../validation.js';

export interface SessionRouteDeps {
  store: SessionStore;
  iam: IamClient;
  /** Failed logins allowed per IP + username per minute. */
  loginLimitPerMinute: number;
  /** Called when a session ends here (sign-out, or replaced by a new sign-in): ends its streams. */
  onSessionEnd?: (sessionId: string) => void;
}

function toInfo(s: Session): SessionInfo {
  return {
    user: s.user,
    domain: s.domain,
    project: { id: s.projectId, name: s.projectName },
    expiresAt: new Date(s.expiresAt).toISOString(),
  };
}

function usernameOf(body: unknown): string {
  if (typeof body === 'object' && body !== null && 'username' in body) {
    return String(body.username).slice(0, 64).toLowerCase();
  }
  return '';
}

/** `POST|GET|DELETE /api/session` (mounted at /api/session). */
export function sessionRouter({
  store,
  iam,
  loginLimitPerMinute,
  onSessionEnd,
}: SessionRouteDeps): Router {
  const router = Router();
  const end = (id: string) => {
    store.delete(id);
    onSessionEnd?.(id);
  };
  const loginLimiter = rateLimit({
    windowMs: 60_000,
    limit: loginLimitPerMinute,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => `${ipKeyGenerator(req.ip ?? '')}|${usernameOf(req.body)}`,
    handler: (req, res) =>
      sendConsoleError(
        req,
        res,
        new TooManyRequestsError('Too many failed sign-in attempts; wait a minute and try again'),
      ),
  });

  router.post('/', express.json({ limit: '16kb' }), loginLimiter, async (req, res) => {
    const login = parseOrThrow(LoginRequestSchema, req.body);
    const issued = await iam.issueToken(login);
    if (req.sessionId) end(req.sessionId);
    const session: Session = {
      token: issued.token,
      projectId: issued.projectId,
      projectName: issued.projectName,
      user: issued.user,
      domain: issued.domain,
      expiresAt: issued.expiresAt,
    };
    const id = store.create(session);
    setSessionCookie(req, res, id, session.expiresAt);
    req.log.info({ user: session.user, project: session.projectName }, 'signed in');
    res.status(200).json(toInfo(session));
  });

  router.get('/', (req, res) => {
    if (!req.session) throw new UnauthenticatedError();
    res.json(toInfo(req.session));
  });

  router.delete('/', (req, res) => {
    if (req.sessionId) end(req.sessionId);
    clearSessionCookie(req, res);
    res.status(204).end();
  });

  return router;
}
