import { Writable } from 'node:stream';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@console/shared';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type ConsoleApp } from '../app.js';
import type { IamClient } from '../clients/iam-client.js';
import { BadCredentialsError } from '../errors.js';
import { createLogger } from '../logger.js';
import type { Session } from '../services/session-store.js';
import { testConfig } from '../test-support/test-config.js';
import { toInfo } from './session.js';

const CSRF = { [CSRF_HEADER]: CSRF_HEADER_VALUE };
const EXPIRES = Date.UTC(2031, 0, 2, 3, 4, 5);
const session: Session = {
  token: 'MIIsecret',
  projectId: 'p1',
  projectName: 'eu-de',
  user: 'ann',
  domain: 'team',
  expiresAt: EXPIRES,
};
const plain = {
  user: 'ann',
  domain: 'team',
  project: { id: 'p1', name: 'eu-de' },
  expiresAt: new Date(EXPIRES).toISOString(),
};

/** A logger writing JSON lines into `lines()`. */
function recordingLogger() {
  let out = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      out += chunk.toString();
      cb();
    },
  });
  const lines = () =>
    out
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { logger: createLogger('info', sink), lines, text: () => out };
}

describe('what the browser learns of a session', () => {
  it('a plain session: who, where and until when, never the token', () => {
    expect(toInfo(session)).toEqual(plain);
  });

  it("a portal session: the role in this project, every project's role, the role's guardrails", () => {
    const portal = {
      subject: 's',
      groups: ['g'],
      roles: { 'eu-de': 'operator', 'eu-nl': 'admin' } as const,
      guardrails: { operator: { max_nodes: 2 }, admin: {} },
      idToken: 'id-token-secret',
    };
    expect(toInfo({ ...session, portal })).toEqual({
      ...plain,
      role: 'operator',
      roles: { 'eu-de': 'operator', 'eu-nl': 'admin' },
      guardrails: { max_nodes: 2 },
    });
    // a role without guardrails has no `guardrails`; no role in this project, no role at all
    const unguarded = toInfo({
      ...session,
      projectName: 'eu-nl',
      portal: { ...portal, guardrails: {} },
    });
    expect(unguarded).toEqual({
      ...plain,
      project: { id: 'p1', name: 'eu-nl' },
      role: 'admin',
      roles: portal.roles,
    });
    expect(unguarded).not.toHaveProperty('guardrails');
    const outsider = toInfo({ ...session, projectName: 'cn-north', portal });
    expect(outsider.role).toBeUndefined();
    expect(outsider.roles).toEqual(portal.roles);
    expect(outsider).not.toHaveProperty('guardrails');
    expect(JSON.stringify(toInfo({ ...session, portal }))).not.toMatch(/secret/);
  });
});

describe('POST /api/session: what it tells and logs', () => {
  let c: ConsoleApp | undefined;
  afterEach(() => c?.dispose());

  it('logs the sign-in with the user and project, never the token', async () => {
    const iam: IamClient = {
      issueToken: async (l) => ({
        token: 'MIIsecret-token',
        projectId: 'p1',
        projectName: l.project,
        user: l.username,
        domain: l.domain,
        expiresAt: EXPIRES,
      }),
    };
    const log = recordingLogger();
    c = createApp({ config: testConfig(), iam, logger: log.logger });
    const login = { domain: 'team', username: 'ann', password: 'pw', project: 'eu-de' };
    await request(c.app).post('/api/session').set(CSRF).send(login).expect(200);
    const signedIn = log.lines().filter((l) => l.msg === 'signed in');
    expect(signedIn).toHaveLength(1);
    expect(signedIn[0]).toMatchObject({ user: 'ann', project: 'eu-de' });
    expect(log.text()).not.toContain('MIIsecret-token');
    expect(log.text()).not.toContain('"pw"');
  });

  it('says when to try again after too many failed sign-ins', async () => {
    const iam: IamClient = {
      issueToken: async () => {
        throw new BadCredentialsError('wrong');
      },
    };
    c = createApp({ config: testConfig({ loginFailuresPerUser: 2 }), iam });
    const login = { domain: 'team', username: 'ann', password: 'x', project: 'eu-de' };
    await request(c.app).post('/api/session').set(CSRF).send(login).expect(401);
    await request(c.app).post('/api/session').set(CSRF).send(login).expect(401);
    const r = await request(c.app).post('/api/session').set(CSRF).send(login).expect(429);
    const after = Number(r.headers['retry-after']);
    expect(after).toBeGreaterThan(0);
    expect(r.body.error_msg).toBe(`Too many failed sign-in attempts; try again in ${after} s`);
  });
});
