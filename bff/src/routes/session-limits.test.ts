import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@console/shared';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { IamClient } from '../clients/iam-client.js';
import { BadCredentialsError, UpstreamUnreachableError } from '../errors.js';
import { listeningApp, type ListeningApp } from '../test-support/listening-app.js';
import { testConfig } from '../test-support/test-config.js';

const CSRF = { [CSRF_HEADER]: CSRF_HEADER_VALUE };
const body = (username: string, password: string) => ({
  domain: 'demo',
  username,
  password,
  project: 'eu-de',
});

/** An IAM whose password is "right"; counts the calls that reached it, answering after a tick. */
function countingIam(opts: { down?: boolean; gate?: Promise<void> } = {}) {
  const calls: string[] = [];
  const iam: IamClient = {
    async issueToken(l) {
      calls.push(l.username);
      await (opts.gate ?? new Promise((r) => setImmediate(r)));
      if (opts.down) throw new UpstreamUnreachableError('IAM is unreachable');
      if (l.password !== 'right') throw new BadCredentialsError('wrong');
      return {
        token: `tok-${calls.length}`,
        projectId: 'p1',
        projectName: l.project,
        user: l.username,
        domain: l.domain,
        expiresAt: Date.now() + 60_000,
      };
    },
  };
  return { iam, calls };
}

describe('POST /api/session: failed sign-ins are limited', () => {
  let app: ListeningApp | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  it('counts a padded or case-varied username as the same user', async () => {
    const { iam, calls } = countingIam();
    app = await listeningApp({ config: testConfig({ loginFailuresPerUser: 10 }), iam });
    const names = ['demo', '  demo  ', 'DEMO', ' Demo', 'dEmO\t'];
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const r = await request(app.c.app)
        .post('/api/session')
        .set(CSRF)
        .send(body(names[i % names.length] ?? 'demo', `guess-${i}`));
      statuses.push(r.status);
      if (r.status === 429) {
        expect(r.body.error_code).toBe('Console.0429');
        expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
        expect(Number(r.headers['retry-after'])).toBeLessThanOrEqual(60);
      }
    }
    expect(calls).toHaveLength(10);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(20).fill(429));
    // The right password is refused as well while the user is limited (it never reaches IAM).
    await request(app.c.app).post('/api/session').set(CSRF).send(body('demo', 'right')).expect(429);
    expect(calls).toHaveLength(10);
  });

  it('limits one client address across users, even with a spoofed X-Forwarded-For', async () => {
    const { iam, calls } = countingIam();
    app = await listeningApp({
      config: testConfig({ trustProxy: 1, loginFailuresPerUser: 100, loginFailuresPerIp: 5 }),
      iam,
    });
    // One proxy hop appends the address it saw; whatever the client put before it is its choice.
    for (let i = 0; i < 12; i++) {
      await request(app.c.app)
        .post('/api/session')
        .set(CSRF)
        .set('X-Forwarded-For', `10.0.0.${i}, 198.51.100.7`)
        .send(body(`user-${i}`, 'nope'));
    }
    expect(calls).toHaveLength(5);
    // Another real client is not affected.
    const other = await request(app.c.app)
      .post('/api/session')
      .set(CSRF)
      .set('X-Forwarded-For', '198.51.100.8')
      .send(body('someone', 'right'));
    expect(other.status).toBe(200);
  });

  it('never counts successful sign-ins, nor failures of an unreachable IAM', async () => {
    const { iam, calls } = countingIam();
    app = await listeningApp({ config: testConfig({ loginFailuresPerUser: 3 }), iam });
    const send = (password: string) =>
      request(app!.c.app).post('/api/session').set(CSRF).send(body('demo', password));
    await send('nope').expect(401);
    await send('nope').expect(401);
    for (let i = 0; i < 20; i++) await send('right').expect(200);
    await send('nope').expect(401);
    await send('nope').expect(429);
    expect(calls).toHaveLength(23);

    const down = countingIam({ down: true });
    const app2 = await listeningApp({
      config: testConfig({ loginFailuresPerUser: 2 }),
      iam: down.iam,
    });
    for (let i = 0; i < 5; i++) {
      await request(app2.c.app).post('/api/session').set(CSRF).send(body('demo', 'x')).expect(502);
    }
    expect(down.calls).toHaveLength(5);
    await app2.stop();
  });

  it('lets 100 simultaneous correct sign-ins of one user all succeed', async () => {
    // IAM answers only once all 100 requests have reached the BFF: they are truly simultaneous.
    const N = 100;
    let arrived = 0;
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const { iam, calls } = countingIam({ gate });
    const c = createApp({ config: testConfig(), iam });
    const server = http.createServer(c.app);
    server.on('request', () => {
      arrived += 1;
      if (arrived === N) open();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const statuses = await Promise.all(
      Array.from({ length: N }, () =>
        fetch(`${base}/api/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...CSRF },
          body: JSON.stringify(body('demo', 'right')),
        }).then((r) => r.status),
      ),
    );
    c.dispose();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    expect(statuses).toEqual(Array(N).fill(200));
    expect(calls).toHaveLength(N);
  });

  it('lets no more than the limit of simultaneous wrong guesses reach IAM', async () => {
    const { iam, calls } = countingIam();
    app = await listeningApp({ config: testConfig({ loginFailuresPerUser: 10 }), iam });
    const base = app.base;
    const statuses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        fetch(`${base}/api/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...CSRF },
          body: JSON.stringify(body(i % 2 ? 'demo' : ' DEMO', `guess-${i}`)),
        }).then((r) => r.status),
      ),
    );
    expect(calls).toHaveLength(10);
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40);
  });
});
