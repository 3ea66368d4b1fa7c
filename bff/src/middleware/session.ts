import type { Request, RequestHandler, Response } from 'express';
import { parse, serialize } from 'cookie';
import { SESSION_COOKIE } from '@console/shared';
import { UnauthenticatedError } from '../errors.js';
import type { Session, SessionStore } from '../services/session-store.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express's own augmentation point
  namespace Express {
    interface Request {
      session?: Session;
      sessionId?: string;
    }
  }
}

/**
 * Over https the cookie is `__Host-mac_sid`: the browser then only takes it Secure, for Path=/ and
 * without Domain, so neither a sibling subdomain nor a plain-http page can plant or shadow it. Over
 * plain http (local use) it is `mac_sid`. `req.secure` honours `trust proxy` (X-Forwarded-Proto).
 */
export function sessionCookieName(req: Request): string {
  return req.secure ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
}

export function readSessionId(req: Request): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  return parse(header)[sessionCookieName(req)] || undefined;
}

/**
 * Attaches `req.session` when the cookie names a live session, and counts the request as activity
 * (restarting the idle timeout); never rejects by itself. An unreachable shared store rejects
 * (StateUnavailableError: 503 Console.0530, through the error handler).
 */
export function loadSession(store: SessionStore): RequestHandler {
  return async (req, _res, next) => {
    const id = readSessionId(req);
    const session = id ? await store.get(id) : undefined;
    if (id && session && (await store.touch(id))) {
      req.session = session;
      req.sessionId = id;
    }
    next();
  };
}

export const requireSession: RequestHandler = (req, _res, next) => {
  next(req.session ? undefined : new UnauthenticatedError());
};

export function setSessionCookie(req: Request, res: Response, id: string, expiresAt: number): void {
  res.append(
    'Set-Cookie',
    serialize(sessionCookieName(req), id, {
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      secure: req.secure,
      expires: new Date(expiresAt),
    }),
  );
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.append(
    'Set-Cookie',
    serialize(sessionCookieName(req), '', {
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      secure: req.secure,
      maxAge: 0,
    }),
  );
}
