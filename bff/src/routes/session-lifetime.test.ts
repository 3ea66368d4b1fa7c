import { Writable } from 'node:stream';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@console/shared';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type ConsoleApp } from '../app.js';
import { IamRevokeError, type IamClient } from '../clients/iam-client.js';
import { createLogger } from '../logger.js';
import { fakeIam } from '../test-support/listening-app.js';
import { testConfig } from '../test-support/test-config.js';

const CSRF = { [CSRF_HEADER]: CSRF_HEADER_VALUE };
const LOGIN = { domain: 'd', username: 'u', password: 'p', project: 'eu-de' };
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** fakeIam with a 24 h token on the test clock, recording revocations (or failing them). */
function revokingIam(now: () => number, fail = false) {
  const revoked: string[] = [];
  const iam: IamClient = {
    issueToken: async (l) => ({ ...(await fakeIam.issueToken(l)), expiresAt: now() + DAY }),
    revokeToken: async (token) => {
      if (fail) throw new IamRevokeError(503);
      revoked.push(token);
    },
  };
  return { iam, revoked };
}

const cookieOf = (r: request.Response) => String(r.headers['set-cookie']?.[0]).split(';')[0] ?? '';

describe('session lifetime', () => {
  let c: ConsoleApp | undefined;
  afterEach(() => c?.dispose());

  it('ends a session idle past SESSION_IDLE_MINUTES; every request restarts the clock', async () => {
    let now = Date.parse('2026-12-01T08:00:00Z');
    c = createApp({
      config: testConfig({ sessionIdleMinutes: 120 }),
      iam: revokingIam(() => now).iam,
      now: () => now,
    });
    const cookie = cookieOf(await request(c.app).post('/api/session').set(CSRF).send(LOGIN));
    now += 119 * MINUTE;
    await request(c.app).get('/api/session').set('Cookie', cookie).expect(200);
    now += 119 * MINUTE;
    await request(c.app).get('/api/session').set('Cookie', cookie).expect(200);
    now += 120 * MINUTE;
    const r = await request(c.app).get('/api/session').set('Cookie', cookie).expect(401);
    expect(r.body.error_code).toBe('Console.0401');
    // Gone for good: coming back is no activity.
    now -= 60 * MINUTE;
    await request(c.app).get('/api/session').set('Cookie', cookie).expect(401);
  });

  it('revokes the IAM token on sign-out', async () => {
    const now = () => Date.now();
    const { iam, revoked } = revokingIam(now);
    c = createApp({ config: testConfig(), iam });
    const cookie = cookieOf(await request(c.app).post('/api/session').set(CSRF).send(LOGIN));
    await request(c.app).delete('/api/session').set('Cookie', cookie).set(CSRF).expect(204);
    expect(revoked).toEqual(['tok-u']);
    await request(c.app).get('/api/session').set('Cookie', cookie).expect(401);
    // Signing out without a session calls nobody.
    await request(c.app).delete('/api/session').set(CSRF).expect(204);
    expect(revoked).toHaveLength(1);
  });

  it('ends the session even when IAM refuses to revoke, and logs it without the token', async () => {
    let out = '';
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb) {
        out += chunk.toString();
        cb();
      },
    });
    const { iam } = revokingIam(() => Date.now(), true);
    c = createApp({ config: testConfig(), iam, logger: createLogger('info', sink) });
    const cookie = cookieOf(await request(c.app).post('/api/session').set(CSRF).send(LOGIN));
    await request(c.app).delete('/api/session').set('Cookie', cookie).set(CSRF).expect(204);
    await request(c.app).get('/api/session').set('Cookie', cookie).expect(401);
    expect(out).toContain('IAM did not revoke the token');
    expect(out).toContain('"iamStatus":503');
    expect(out).not.toContain('tok-u');
  });

  it('names the cookie __Host-mac_sid over https (Secure, Path=/, no Domain), mac_sid over http', async () => {
    c = createApp({ config: testConfig({ trustProxy: 1 }), iam: fakeIam });
    const https = await request(c.app)
      .post('/api/session')
      .set(CSRF)
      .set('X-Forwarded-Proto', 'https')
      .send(LOGIN)
      .expect(200);
    const set = String(https.headers['set-cookie']?.[0]);
    expect(set).toMatch(/^__Host-mac_sid=[A-Za-z0-9_-]{43}; /);
    expect(set).toContain('Secure');
    expect(set).toContain('Path=/');
    expect(set).not.toMatch(/Domain=/i);
    const id = set.split(';')[0]?.split('=')[1];
    await request(c.app)
      .get('/api/session')
      .set('X-Forwarded-Proto', 'https')
      .set('Cookie', `__Host-mac_sid=${id}`)
      .expect(200);
    // The unprefixed name is not accepted over https (a plain-http page could have planted it).
    await request(c.app)
      .get('/api/session')
      .set('X-Forwarded-Proto', 'https')
      .set('Cookie', `mac_sid=${id}`)
      .expect(401);
    const http = await request(c.app).post('/api/session').set(CSRF).send(LOGIN).expect(200);
    expect(String(http.headers['set-cookie']?.[0])).toMatch(/^mac_sid=/);
  });
});
