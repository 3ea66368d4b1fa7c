import { Router, type Request, type Response } from 'express';
import { parse, serialize } from 'cookie';
import type { SignInOptions } from '@console/shared';
import { z } from 'zod';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors.js';
import { jsonBody, LOGIN_BODY_LIMIT } from '../middleware/json-body.js';
import { toInfo } from '../routes/session.js';
import { parseOrThrow } from '../validation.js';
import { clearSessionCookie, setSessionCookie } from '../middleware/session.js';
import type { Session, SessionStore } from '../services/session-store.js';
import type { LoginTransactionStore } from './login-transactions.js';
import type { OidcRelyingParty } from './oidc-rp.js';
import type { Portal } from './portal-runtime.js';
import { groupsIn, rolesFor } from './roles.js';

export interface OidcRouteDeps {
  mode: 'iam' | 'oidc';
  rp?: OidcRelyingParty;
  portal?: Portal;
  transactions: LoginTransactionStore;
  store: SessionStore;
  /** How long a portal session lasts at most (the idle timeout ends it sooner). */
  sessionHours?: number;
  onSessionEnd?: (sessionId: string) => void;
  now?: () => number;
}

const TX_COOKIE = 'mac_oidc';

const ProjectSwitchSchema = z.strictObject({
  project: z.string({ error: 'project is required' }).min(1, 'project is required').max(64),
});
const CALLBACK_PATH = '/api/session/oidc';

function txCookie(req: Request, res: Response, value: string, maxAge: number): void {
  // Lax: the provider sends the browser back with a top-level GET from another site.
  res.append(
    'Set-Cookie',
    serialize(TX_COOKIE, value, {
      httpOnly: true,
      sameSite: 'lax',
      path: CALLBACK_PATH,
      secure: req.secure,
      maxAge,
    }),
  );
}

/** `/login?error=…`: the sign-in page says what went wrong, in the user's words. */
const failed = (res: Response, reason: string) =>
  res.redirect(303, `/login?error=${encodeURIComponent(reason)}`);

/**
 * Single sign-on for the team portal (mounted at /api/session): `GET /options` (public: which
 * sign-in the page offers), `GET /oidc` (302 to the provider), `GET /oidc/callback` (the code
 * exchanged, the session created, 303 to the app), `GET /oidc/logout` (the session and, where the
 * provider supports it, the provider's session end).
 */
export function oidcRouter(d: OidcRouteDeps): Router {
  const router = Router();
  const now = d.now ?? Date.now;

  router.get('/options', (_req, res) => {
    res.json({ auth_mode: d.mode } satisfies SignInOptions);
  });
  if (d.mode !== 'oidc' || !d.rp || !d.portal) return router;
  const { rp, portal } = d;

  router.get('/oidc', async (req, res) => {
    const { url, transaction } = await rp.start();
    txCookie(req, res, await d.transactions.add(transaction), 600);
    res.redirect(302, url.toString());
  });

  router.get('/oidc/callback', async (req, res) => {
    const t = await d.transactions.take(parse(req.headers.cookie ?? '')[TX_COOKIE]);
    txCookie(req, res, '', 0);
    if (!t) return failed(res, 'expired');
    let identity;
    try {
      // the registered redirect URI (PUBLIC_ORIGIN), whatever Host the request came with
      const query = req.originalUrl.slice(
        req.originalUrl.indexOf('?') + 1 || req.originalUrl.length,
      );
      identity = await rp.finish(new URL(`${rp.redirectUri}?${query}`), t);
    } catch (err) {
      req.log.warn({ reason: (err as Error).message }, 'single sign-on refused');
      return failed(res, 'refused');
    }
    const groups = groupsIn(identity.groups);
    const roles = rolesFor(groups, portal.file.roles);
    const project = portal.projectNames.find((p) => roles[p] !== undefined);
    if (!project) {
      req.log.info({ user: identity.name, groups: groups.length }, 'signed in without a role');
      return failed(res, 'no_role');
    }
    let credential;
    try {
      credential = await portal.credentialFor(project);
    } catch (err) {
      req.log.warn({ err, project }, 'service account could not sign in');
      return failed(res, 'unavailable');
    }
    if (req.sessionId) {
      await d.store.delete(req.sessionId);
      d.onSessionEnd?.(req.sessionId);
    }
    const session: Session = {
      token: credential.credential,
      projectId: credential.projectId,
      projectName: project,
      user: identity.name,
      domain: new URL(rp.issuer).host,
      expiresAt: now() + (d.sessionHours ?? 12) * 3_600_000,
      portal: {
        subject: identity.subject,
        groups,
        roles,
        guardrails: portal.file.guardrails,
        idToken: identity.idToken,
      },
    };
    const id = await d.store.create(session);
    setSessionCookie(req, res, id, session.expiresAt);
    req.log.info({ user: session.user, project, role: roles[project] }, 'signed in (sso)');
    res.redirect(303, '/');
  });

  router.get('/oidc/logout', async (req, res) => {
    const idToken = req.session?.portal?.idToken;
    if (req.sessionId) {
      await d.store.delete(req.sessionId);
      d.onSessionEnd?.(req.sessionId);
    }
    clearSessionCookie(req, res);
    res.redirect(303, (await rp.logoutUrl(idToken)) ?? '/login');
  });

  // The project switch (header): to another project the person has a role in. A new session id is
  // issued (the role may change with the project), the old one ends with its streams.
  router.put('/project', jsonBody({ limit: LOGIN_BODY_LIMIT }), async (req, res) => {
    const s = req.session;
    if (!s?.portal || !req.sessionId) throw new UnauthenticatedError();
    const { project } = parseOrThrow(ProjectSwitchSchema, req.body);
    if (!s.portal.roles[project] || !portal.projectNames.includes(project)) {
      throw new ForbiddenError(`You have no role in project ${project}`);
    }
    const credential = await portal.credentialFor(project);
    const next: Session = {
      ...s,
      token: credential.credential,
      projectId: credential.projectId,
      projectName: project,
    };
    await d.store.delete(req.sessionId);
    d.onSessionEnd?.(req.sessionId);
    const id = await d.store.create(next);
    setSessionCookie(req, res, id, next.expiresAt);
    req.log.info({ user: s.user, project, role: s.portal.roles[project] }, 'switched project');
    res.json(toInfo(next));
  });

  router.post('/', () => {
    throw new NotFoundError('This console signs in with single sign-on');
  });
  return router;
}
