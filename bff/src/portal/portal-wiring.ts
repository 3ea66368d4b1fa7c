import type { Request, RequestHandler, Router } from 'express';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { AllowedRoute } from '../services/allow-list.js';
import type { Session, SessionStore } from '../services/session-store.js';
import { auditObsWrites, auditRouter, auditStateChanges } from './audit-routes.js';
import { guardCall } from './guard-calls.js';
import { ownJobsOnly, recordV1Owner, type V1JobOwnerStore } from './job-owners.js';
import { runningLimit, type UpstreamJson } from './running-limit.js';
import type { ApiProxyOptions } from '../routes/proxy.js';
import { callJson } from '../services/proxy/pool-json.js';
import type { Upstream } from '../services/proxy/upstream.js';
import { AuditTrail } from './audit-trail.js';
import type { LoginTransactionStore } from './login-transactions.js';
import { OidcRelyingParty } from './oidc-rp.js';
import { oidcRouter } from './oidc-routes.js';
import type { Portal } from './portal-runtime.js';
import {
  authorizeCall,
  freshServiceCredential,
  withServiceCredentials,
} from './portal-sessions.js';

export interface PortalWiring {
  /** The session store as the app must use it (portal sessions get the service credential). */
  sessions: SessionStore;
  /** After loadSession: a portal session's fresh service credential. */
  credential: RequestHandler;
  /** Mount at /api/session before the password sign-in. */
  signIn: Router;
  /** Mount at /api: records state-changing calls. */
  audit: RequestHandler;
  /** Mount at /api/obs: records OBS writes. */
  auditObs: RequestHandler;
  /** Mount at /api/audit. */
  auditApi: Router;
  /** The proxies' role check. */
  authorize: (req: Request, route: AllowedRoute) => void;
  /** The proxies' guardrails (valid bodies only). */
  guard: ((req: Request, route: AllowedRoute, version: string) => void) | undefined;
  /** An upstream 401: true when it was a portal session's (its service token is dropped, the session kept). */
  serviceCredentialRefused: (req: Request) => boolean;
  /** The same for a session known by id (log streams). */
  serviceCredentialRefusedFor: (sessionId: string) => boolean;
  /** A portal session's credential, renewed after the upstream refused it. */
  renewCredential: (req: Request) => Promise<string> | undefined;
  trail: AuditTrail;
  /** The proxies' ownership hooks, once the upstream exists (none outside the portal). */
  ownership: (upstream: Upstream) => Pick<ApiProxyOptions, 'checkOwner' | 'onSucceeded'>;
}

const pass: RequestHandler = (_req, _res, next) => next();

/** The portal's state that replicas share (in Redis with REDIS_URL, see redis/shared-state.ts). */
export interface PortalState {
  transactions: LoginTransactionStore;
  owners: V1JobOwnerStore;
}

/** The team portal's pieces for createApp; in `iam` mode they pass everything through. */
export function wirePortal(
  config: Config,
  store: SessionStore,
  portal: Portal | undefined,
  logger: Logger,
  onSessionEnd: (sessionId: string) => void,
  state: PortalState,
): PortalWiring {
  if (config.authMode === 'oidc' && !portal)
    throw new Error('AUTH_MODE=oidc needs the portal file');
  const sessions = portal ? withServiceCredentials(store, portal) : store;
  const origin = config.publicOrigin ?? '';
  const rp = config.oidc
    ? new OidcRelyingParty({
        ...config.oidc,
        redirectUri: `${origin}/api/session/oidc/callback`,
        postLogoutRedirectUri: `${origin}/login`,
      })
    : undefined;
  const trail = new AuditTrail(config.auditLogPath, 10_000, (err) =>
    logger.error({ err }, 'audit trail: cannot append'),
  );
  const refused = (s: Session | undefined): boolean => {
    if (!portal || !s?.portal) return false;
    portal.rejected(s.projectName, s.token);
    return true;
  };
  return {
    sessions,
    credential: portal ? freshServiceCredential(portal) : pass,
    signIn: oidcRouter({
      mode: config.authMode,
      rp,
      portal,
      transactions: state.transactions,
      store: sessions,
      onSessionEnd,
    }),
    audit: auditStateChanges(trail),
    auditObs: auditObsWrites(trail),
    auditApi: auditRouter(trail),
    authorize: authorizeCall,
    guard: portal ? guardCall(portal) : undefined,
    serviceCredentialRefused: (req) => refused(req.session),
    serviceCredentialRefusedFor: (id) => refused(sessions.cached(id)),
    renewCredential: (req) => {
      const s = req.session;
      if (!portal || !s?.portal || !refused(s)) return undefined;
      return portal.credentialFor(s.projectName).then((c) => c.credential);
    },
    trail,
    ownership: (upstream) => {
      if (!portal) return {};
      const owners = state.owners;
      const call: UpstreamJson = (credential, method, path, body) =>
        callJson(upstream.pool, {
          method,
          path,
          token: credential,
          ...(body === undefined ? {} : { body }),
          timeoutMs: Math.min(15_000, upstream.settings.timeoutMs),
          authorize: (c, req) => upstream.headersFor(c, req),
        });
      const own = ownJobsOnly(owners, (credential, path) => call(credential, 'GET', path));
      const limit = runningLimit(portal, owners, call);
      return {
        checkOwner: async (req, route, version) => {
          await own(req, route, version);
          await limit(req, route, version);
        },
        onSucceeded: (req, route, version) => {
          if (version === 'v1') recordV1Owner(owners, req, route);
        },
      };
    },
  };
}
