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

export function readSessionId(req: Request): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  return parse(header)[SESSION_COOKIE] || undefined;
}

/** Attaches `req.session` when the cookie names a live session; never rejects by itself. */
export function loadSession(store: SessionStore): RequestHandler {
  return (req, _res, next) => {
    const id = readSessionId(req);
    const session = id ? store.get(id) : undefined;
    if (id && session) {
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
    serialize(SESSION_COOKIE, id, {
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
    serialize(SESSION_COOKIE, '', {
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      secure: req.secure,
      maxAge: 0,
    }),
  );
}
