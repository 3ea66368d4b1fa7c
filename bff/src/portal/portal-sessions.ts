import type { Request, RequestHandler } from 'express';
import { roleAllows, type Role } from '@console/shared';
import { ForbiddenError } from '../errors.js';
import type { AllowedRoute } from '../services/allow-list.js';
import type { Session, SessionStore } from '../services/session-store.js';
import type { Portal } from './portal-runtime.js';

/** The portal role of a session in its current project (undefined: not a portal session, or none). */
export const roleOf = (s: Session | undefined): Role | undefined => s?.portal?.roles[s.projectName];

/**
 * A session store whose portal sessions carry the service account's current credential for their
 * project (the stored session keeps none): pollers reading a session between requests get the
 * token known now, or none (they wait) until a request has signed in again.
 */
export function withServiceCredentials(store: SessionStore, portal: Portal): SessionStore {
  const view = (s: Session | undefined): Session | undefined => {
    if (!s?.portal) return s;
    const c = portal.peekCredential(s.projectName);
    return { ...s, token: c?.credential ?? '', projectId: c?.projectId ?? s.projectId };
  };
  return {
    create: (s) => store.create({ ...s, token: '' }),
    get: async (id) => view(await store.get(id)),
    touch: (id) => store.touch(id),
    delete: (id) => store.delete(id),
    cached: (id) => view(store.cached(id)),
    onEnded: (listener) => store.onEnded(listener),
    close: () => store.close(),
  };
}

/** Before a portal session's request: the service account's credential, fresh (single flight). */
export function freshServiceCredential(portal: Portal): RequestHandler {
  return async (req, _res, next) => {
    const s = req.session;
    if (!s?.portal) return next();
    const c = await portal.credentialFor(s.projectName);
    req.session = { ...s, token: c.credential, projectId: c.projectId };
    next();
  };
}

const verb: Record<Role, string> = {
  viewer: 'read',
  operator: 'change jobs and configurations',
  admin: 'delete jobs',
};

/** The proxy's role check: a portal session may make a call only if its role allows it. */
export function authorizeCall(req: Request, route: AllowedRoute): void {
  const s = req.session;
  if (!s?.portal) return;
  const role = roleOf(s);
  const needed = route.role ?? 'admin';
  if (role && roleAllows(role, needed)) return;
  throw new ForbiddenError(
    role
      ? `Your role in ${s.projectName} is ${role}; to ${verb[needed]} you need ${needed}`
      : `You have no role in ${s.projectName}`,
  );
}
