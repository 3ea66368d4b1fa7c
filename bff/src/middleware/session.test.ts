import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { UnauthenticatedError } from '../errors.js';
import type { Session, SessionStore } from '../services/session-store.js';
import {
  clearSessionCookie,
  loadSession,
  readSessionId,
  requireSession,
  setSessionCookie,
} from './session.js';

const SESSION: Session = {
  token: 't',
  projectId: 'p',
  projectName: 'eu-de',
  user: 'u',
  domain: 'd',
  expiresAt: Date.UTC(2030, 0, 2, 3, 4, 5),
};

/** A store with one session, `live`, whose touch answers `touchAnswer`; records its calls. */
function fakeStore(touchAnswer = true) {
  const calls: string[] = [];
  const store = {
    get: async (id: string) => {
      calls.push(`get ${id}`);
      return id === 'live' ? SESSION : undefined;
    },
    touch: async (id: string) => {
      calls.push(`touch ${id}`);
      return touchAnswer;
    },
  } as Partial<SessionStore> as SessionStore; // loadSession calls get and touch only
  return { store, calls };
}

const req = (cookie: string | undefined, secure = false) =>
  ({ headers: cookie === undefined ? {} : { cookie }, secure }) as Request;

async function load(r: Request, touchAnswer = true) {
  const { store, calls } = fakeStore(touchAnswer);
  let seen: unknown = 'next not called';
  await loadSession(store)(r, {} as Response, (err?: unknown) => {
    seen = err;
  });
  return { seen, calls, session: r.session, sessionId: r.sessionId };
}

describe('the session cookie', () => {
  it('is mac_sid over http and __Host-mac_sid over https, never the other', () => {
    expect(readSessionId(req('mac_sid=a; __Host-mac_sid=b'))).toBe('a');
    expect(readSessionId(req('mac_sid=a; __Host-mac_sid=b', true))).toBe('b');
    expect(readSessionId(req('__Host-mac_sid=b'))).toBe(undefined);
    expect(readSessionId(req('mac_sid=a', true))).toBe(undefined);
  });

  it('reads no id from a missing, empty or unrelated cookie', () => {
    for (const c of [undefined, '', 'mac_sid=', 'other=x', 'mac_sidx=y']) {
      expect(readSessionId(req(c)), String(c)).toBe(undefined);
    }
  });

  it('is set HttpOnly, SameSite=Strict, Path=/, Secure over https only, and cleared alike', () => {
    const written = (secure: boolean, write: (q: Request, s: Response) => void) => {
      const lines: [string, string][] = [];
      const res = { append: (n: string, v: string) => lines.push([n, v]) } as unknown as Response;
      write(req(undefined, secure), res);
      return lines;
    };
    const at = SESSION.expiresAt;
    expect(written(false, (q, s) => setSessionCookie(q, s, 'id1', at))).toEqual([
      [
        'Set-Cookie',
        'mac_sid=id1; Path=/; Expires=Wed, 02 Jan 2030 03:04:05 GMT; HttpOnly; SameSite=Strict',
      ],
    ]);
    expect(written(true, (q, s) => setSessionCookie(q, s, 'id1', at))).toEqual([
      [
        'Set-Cookie',
        '__Host-mac_sid=id1; Path=/; Expires=Wed, 02 Jan 2030 03:04:05 GMT; HttpOnly; Secure; SameSite=Strict',
      ],
    ]);
    expect(written(false, clearSessionCookie)).toEqual([
      ['Set-Cookie', 'mac_sid=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict'],
    ]);
    expect(written(true, clearSessionCookie)).toEqual([
      ['Set-Cookie', '__Host-mac_sid=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Strict'],
    ]);
  });
});

describe('loadSession', () => {
  it('attaches a live session and counts the request as activity', async () => {
    const r = await load(req('mac_sid=live'));
    expect(r).toEqual({
      seen: undefined,
      calls: ['get live', 'touch live'],
      session: SESSION,
      sessionId: 'live',
    });
  });

  it('asks the store nothing without a cookie, and never rejects by itself', async () => {
    for (const c of [undefined, 'other=live', 'mac_sid=']) {
      const r = await load(req(c));
      expect(r, String(c)).toEqual({
        seen: undefined,
        calls: [],
        session: undefined,
        sessionId: undefined,
      });
    }
  });

  it('attaches nothing for an unknown session, or one that ended before the touch', async () => {
    expect(await load(req('mac_sid=gone'))).toEqual({
      seen: undefined,
      calls: ['get gone'],
      session: undefined,
      sessionId: undefined,
    });
    expect(await load(req('mac_sid=live'), false)).toEqual({
      seen: undefined,
      calls: ['get live', 'touch live'],
      session: undefined,
      sessionId: undefined,
    });
  });
});

describe('requireSession', () => {
  it('lets a request with a session through and answers 401 without one', () => {
    const verdict = (session: Session | undefined) => {
      let seen: unknown = 'next not called';
      requireSession({ session } as Request, {} as Response, (err?: unknown) => {
        seen = err;
      });
      return seen;
    };
    expect(verdict(SESSION)).toBe(undefined);
    expect(verdict(undefined)).toBeInstanceOf(UnauthenticatedError);
  });
});
