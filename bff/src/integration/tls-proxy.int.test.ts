import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { spawnEmulator, type SpawnedEmulator } from '@console/emulator/testing';
import { restCreateConfigBody } from '@console/shared/fixtures';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type ConsoleApp } from '../app.js';
import { loadConfig } from '../config.js';
import { freePort, startNginx, type Nginx } from '../test-support/nginx.js';
import { CSRF, DEMO } from '../test-support/stack.js';
import { TEST_CA_FILE } from '../test-support/tls-terminator.js';

const CA = fs.readFileSync(TEST_CA_FILE);

/**
 * The BFF behind a real TLS-terminating nginx that rewrites Host (to an internal name) and sets
 * X-Forwarded-For/-Proto, with TRUST_PROXY=true and PUBLIC_ORIGIN: the deployment the CSRF check,
 * the cookie prefix, HSTS and the login limiter's client address must survive.
 */
describe('behind a Host-rewriting TLS proxy (nginx)', () => {
  let emulator: SpawnedEmulator;
  let c: ConsoleApp;
  let server: Server;
  let nginx: Nginx;
  let origin: string;
  let cookie: string;

  beforeAll(async () => {
    emulator = await spawnEmulator();
    const port = await freePort();
    origin = `https://127.0.0.1:${port}`;
    const config = loadConfig({
      IAM_ENDPOINT: emulator.url,
      MODELARTS_ENDPOINT: emulator.url,
      WEB_DIST: '/nonexistent',
      LOG_LEVEL: 'silent',
      TRUST_PROXY: 'true',
      PUBLIC_ORIGIN: origin,
      LOGIN_FAILURES_PER_IP: '5',
    });
    c = createApp({ config });
    server = await new Promise((r) => {
      const s = c.app.listen(0, '127.0.0.1', () => r(s));
    });
    const bff = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    nginx = await startNginx({ backend: bff, port, host: 'bff.internal:8080' });
  }, 60_000);
  afterAll(async () => {
    await nginx?.stop();
    c?.dispose();
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
    await emulator?.stop();
  });

  const via = () => request(nginx.url);

  it('signs in (CSRF passes with Origin = PUBLIC_ORIGIN) and gets a __Host- Secure cookie', async () => {
    const r = await via().post('/api/session').ca(CA).set(CSRF).set('Origin', origin).send(DEMO);
    expect(r.status).toBe(200);
    const set = String(r.headers['set-cookie']?.[0]);
    expect(set).toMatch(/^__Host-mac_sid=[A-Za-z0-9_-]{43}; /);
    expect(set).toContain('Secure');
    expect(set).toContain('HttpOnly');
    expect(set).toContain('Path=/');
    expect(set).not.toMatch(/Domain=/i);
    expect(r.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    cookie = set.split(';')[0] ?? '';
  });

  it('creates through the proxy, by Origin or by Sec-Fetch-Site, and refuses cross-site', async () => {
    const create = (name: string) =>
      via()
        .post('/api/v1/training-job-configs')
        .ca(CA)
        .set('Cookie', cookie)
        .set(CSRF)
        .send({ ...restCreateConfigBody, config_name: name });
    const byOrigin = await create('edge-origin').set('Origin', origin);
    expect(byOrigin.status).toBe(200);
    expect(byOrigin.body.is_success).toBe(true);
    await create('edge-fetch-site').set('Sec-Fetch-Site', 'same-origin').expect(200);
    await create('edge-evil').set('Origin', 'https://evil.example').expect(403);
    await create('edge-cross').set('Sec-Fetch-Site', 'cross-site').expect(403);
    const list = await via().get('/api/v1/training-job-configs').ca(CA).set('Cookie', cookie);
    const names = (list.body.configs as { config_name: string }[]).map((x) => x.config_name);
    expect(names).toEqual(expect.arrayContaining(['edge-origin', 'edge-fetch-site']));
    expect(names).not.toContain('edge-evil');
  });

  it('signs out: the IAM token is revoked and the emulator refuses it (401 ModelArts.0203)', async () => {
    const tokens = (await (await fetch(`${emulator.url}/__control/tokens`)).json()) as {
      tokens: { token: string; revoked?: boolean }[];
    };
    const token = tokens.tokens.at(-1)?.token ?? '';
    const specs = `${emulator.url}/v1/${emulator.projectId}/job/resource-specs?job_type=train`;
    expect((await fetch(specs, { headers: { 'X-Auth-Token': token } })).status).toBe(200);
    await via()
      .delete('/api/session')
      .ca(CA)
      .set('Cookie', cookie)
      .set(CSRF)
      .set('Origin', origin)
      .expect(204);
    const after = await fetch(specs, { headers: { 'X-Auth-Token': token } });
    expect(after.status).toBe(401);
    expect(((await after.json()) as { error_code: string }).error_code).toBe('ModelArts.0203');
    await via().get('/api/session').ca(CA).set('Cookie', cookie).expect(401);
  });

  it('limits failed sign-ins by the address nginx saw, not a client-chosen X-Forwarded-For', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const r = await via()
        .post('/api/session')
        .ca(CA)
        .set(CSRF)
        .set('Origin', origin)
        .set('X-Forwarded-For', `203.0.113.${i}`)
        .send({ ...DEMO, username: `nobody-${i}`, password: 'wrong' });
      statuses.push(r.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
  });
});
