import { Router, type Request } from 'express';
import { LoginRequestSchema, type SessionInfo } from '@console/shared';
import { IamRevokeError, type IamClient } from '../clients/iam-client.js';
import { BadCredentialsError, TooManyRequestsError, UnauthenticatedError } from '../errors.js';
import { jsonBody, LOGIN_BODY_LIMIT } from '../middleware/json-body.js';
import { clearSessionCookie, setSessionCookie } from '../middleware/session.js';
import { LoginLimited, type LoginLimiter } from '../services/login-limiter.js';
import type { PortalIdentity, Session, SessionStore } from '../services/session-store.js';
import { parseOrThrow } from '../validation.js';

export interface SessionRouteDeps {
  store: SessionStore;
  iam: IamClient;
  /** Failed sign-ins per user and per client address. */
  limiter: LoginLimiter;
  /** Called when a session ends here (sign-out, or replaced by a new sign-in): ends its streams. */
  onSessionEnd?: (sessionId: string) => void;
}

function portalInfo(p: PortalIdentity, project: string): Partial<SessionInfo> {
  const role = p.roles[project];
  const guardrails = role ? p.guardrails[role] : undefined;
  return { role, roles: p.roles, ...(guardrails ? { guardrails } : {}) };
}

/** What the browser learns of a session (never its token). */
export function toInfo(s: Session): SessionInfo {
  return {
    user: s.user,
    domain: s.domain,
    project: { id: s.projectId, name: s.projectName },
    expiresAt: new Date(s.expiresAt).toISOString(),
    ...(s.portal ? portalInfo(s.portal, s.projectName) : {}),
  };
}

/** Best effort: the session is gone whatever IAM says; the log names the status, never the token. */
async function revoke(req: Request, iam: IamClient, token: string): Promise<void> {
  if (!iam.revokeToken) return;
  try {
    await iam.revokeToken(token);
  } catch (err) {
    const status = err instanceof IamRevokeError ? err.status : undefined;
    req.log.warn({ iamStatus: status ?? null }, 'sign-out: IAM did not revoke the token');
  }
}

/** `POST|GET|DELETE /api/session` (mounted at /api/session). */
export function sessionRouter({ store, iam, limiter, onSessionEnd }: SessionRouteDeps): Router {
  const router = Router();
  const end = async (id: string) => {
    await store.delete(id);
    onSessionEnd?.(id);
  };

  router.post('/', jsonBody({ limit: LOGIN_BODY_LIMIT }), async (req, res) => {
    const login = parseOrThrow(LoginRequestSchema, req.body);
    let issued;
    try {
      issued = await limiter.run(
        { domain: login.domain, username: login.username, ip: req.ip ?? '' },
        () =>
          iam.issueToken(login).then(
            (value) => ({ ok: true as const, value }),
            (error: unknown) => ({
              ok: false as const,
              error,
              counts: error instanceof BadCredentialsError,
            }),
          ),
      );
    } catch (err) {
      if (!(err instanceof LoginLimited)) throw err;
      throw new TooManyRequestsError(
        `Too many failed sign-in attempts; try again in ${err.retryAfterSeconds} s`,
        err.retryAfterSeconds,
      );
    }
    if (req.sessionId) await end(req.sessionId);
    const session: Session = {
      token: issued.token,
      projectId: issued.projectId,
      projectName: issued.projectName,
      user: issued.user,
      domain: issued.domain,
      expiresAt: issued.expiresAt,
    };
    const id = await store.create(session);
    setSessionCookie(req, res, id, session.expiresAt);
    req.log.info({ user: session.user, project: session.projectName }, 'signed in');
    res.status(200).json(toInfo(session));
  });

  router.get('/', (req, res) => {
    if (!req.session) throw new UnauthenticatedError();
    res.json(toInfo(req.session));
  });

  router.delete('/', async (req, res) => {
    // a portal session's token is the service account's: it outlives the session
    const token = req.session?.portal ? undefined : req.session?.token;
    if (req.sessionId) await end(req.sessionId);
    clearSessionCookie(req, res);
    if (token) await revoke(req, iam, token);
    res.status(204).end();
  });

  return router;
}
