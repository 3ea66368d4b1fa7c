import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@console/shared';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type ConsoleApp } from '../app.js';
import type { IamClient } from '../clients/iam-client.js';
import { testConfig } from '../test-support/test-config.js';

const CSRF = { [CSRF_HEADER]: CSRF_HEADER_VALUE };
const LOGIN = { domain: 'd', username: 'u', password: 'p', project: 'eu-de' };
const TOKEN = 'MIIsecret-session-token';
const EXPIRES = Date.UTC(2031, 0, 2, 3, 4, 5);

const iam: IamClient = {
  issueToken: async (l) => ({
    token: TOKEN,
    projectId: 'p1',
    projectName: l.project,
    user: l.username,
    domain: l.domain,
    expiresAt: EXPIRES,
  }),
};

/** The attributes of a Set-Cookie line, lower-cased names (`httponly`, `samesite`, …). */
function attributes(line: string): Map<string, string> {
  const [, ...attrs] = line.split(';').map((s) => s.trim());
  return new Map(attrs.map((a) => [a.split('=')[0]?.toLowerCase() ?? '', a.split('=')[1] ?? '']));
}

describe('the session cookie and body (fast, in-process)', () => {
  let c: ConsoleApp | undefined;
  afterEach(() => c?.dispose());

  it('sets an HttpOnly, SameSite=Strict, Path=/ cookie that expires with the session, never the token in the body', async () => {
    c = createApp({ config: testConfig(), iam });
    const r = await request(c.app).post('/api/session').set(CSRF).send(LOGIN).expect(200);
    const set = r.headers['set-cookie'] as unknown as string[];
    expect(set).toHaveLength(1);
    const line = set[0] ?? '';
    expect(line).toMatch(/^mac_sid=[A-Za-z0-9_-]{43};/);
    const a = attributes(line);
    expect(a.has('httponly')).toBe(true);
    expect(a.get('samesite')).toBe('Strict');
    expect(a.get('path')).toBe('/');
    expect(a.has('secure')).toBe(false); // plain http in this test
    expect(a.get('expires')).toBe(new Date(EXPIRES).toUTCString());
    expect(r.body).toEqual({
      user: 'u',
      domain: 'd',
      project: { id: 'p1', name: 'eu-de' },
      expiresAt: new Date(EXPIRES).toISOString(),
    });
    expect(JSON.stringify(r.body) + line).not.toContain(TOKEN);

    const cookie = line.split(';')[0] ?? '';
    const info = await request(c.app).get('/api/session').set('Cookie', cookie).expect(200);
    expect(info.body).toEqual(r.body);
  });

  it('clears the cookie on sign-out with the same attributes and Max-Age=0, and the session is gone', async () => {
    c = createApp({ config: testConfig(), iam });
    const r = await request(c.app).post('/api/session').set(CSRF).send(LOGIN).expect(200);
    const cookie = String(r.headers['set-cookie']?.[0]).split(';')[0] ?? '';
    const out = await request(c.app)
      .delete('/api/session')
      .set(CSRF)
      .set('Cookie', cookie)
      .expect(204);
    const line = String(out.headers['set-cookie']?.[0]);
    expect(line).toMatch(/^mac_sid=;/);
    const a = attributes(line);
    expect(a.has('httponly')).toBe(true);
    expect(a.get('samesite')).toBe('Strict');
    expect(a.get('path')).toBe('/');
    expect(a.get('max-age')).toBe('0');
    const after = await request(c.app).get('/api/session').set('Cookie', cookie).expect(401);
    expect(after.body.error_code).toBe('Console.0401');
  });
});
