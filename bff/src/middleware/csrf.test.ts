import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@console/shared';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type ConsoleApp } from '../app.js';
import { startFakeUpstream } from '../test-support/fake-upstream.js';
import { fakeIam } from '../test-support/listening-app.js';
import { testConfig } from '../test-support/test-config.js';
import type { Config } from '../config.js';

const CSRF = { [CSRF_HEADER]: CSRF_HEADER_VALUE };
const LOGIN = { domain: 'd', username: 'u', password: 'p', project: 'eu-de' };
const SEARCH = { limit: 10, offset: 0 };

describe('csrfGuard', () => {
  let upstream: Awaited<ReturnType<typeof startFakeUpstream>>;
  const apps: ConsoleApp[] = [];
  const make = (overrides: Partial<Config> = {}) => {
    const c = createApp({
      config: testConfig({ modelartsEndpoint: upstream.url, ...overrides }),
      iam: fakeIam,
    });
    apps.push(c);
    return c.app;
  };
  const cookieOf = async (app: ConsoleApp['app']) => {
    const r = await request(app).post('/api/session').set(CSRF).send(LOGIN).expect(200);
    return String(r.headers['set-cookie']?.[0]).split(';')[0] ?? '';
  };

  beforeAll(async () => {
    upstream = await startFakeUpstream();
  });
  afterAll(async () => {
    for (const c of apps) c.dispose();
    await upstream.close();
  });

  it('refuses cross-site and same-site Sec-Fetch-Site on login and on a proxied POST', async () => {
    const app = make();
    const cookie = await cookieOf(app);
    upstream.requests.length = 0;
    for (const site of ['cross-site', 'same-site', 'none']) {
      const login = await request(app)
        .post('/api/session')
        .set(CSRF)
        .set('Sec-Fetch-Site', site)
        .send(LOGIN);
      expect(login.status, site).toBe(403);
      expect(login.body.error_code).toBe('Console.0403');
      const proxied = await request(app)
        .post('/api/v2/training-job-searches')
        .set('Cookie', cookie)
        .set(CSRF)
        .set('Sec-Fetch-Site', site)
        .send(SEARCH);
      expect(proxied.status, site).toBe(403);
    }
    expect(upstream.requests).toHaveLength(0);
    await request(app)
      .post('/api/v2/training-job-searches')
      .set('Cookie', cookie)
      .set(CSRF)
      .set('Sec-Fetch-Site', 'same-origin')
      .send(SEARCH)
      .expect(200);
    expect(upstream.requests).toHaveLength(1);
  });

  it('lets safe methods through whatever Sec-Fetch-Site says', async () => {
    const app = make();
    await request(app).get('/api/health').set('Sec-Fetch-Site', 'cross-site').expect(200);
  });

  it('checks Origin against PUBLIC_ORIGIN, whatever Host a proxy sends', async () => {
    const app = make({ publicOrigin: 'https://console.example.com' });
    await request(app)
      .post('/api/session')
      .set(CSRF)
      .set('Host', 'bff.internal:8080')
      .set('Origin', 'https://console.example.com')
      .send(LOGIN)
      .expect(200);
    for (const origin of ['http://console.example.com', 'https://evil.example', 'null']) {
      const r = await request(app)
        .post('/api/session')
        .set(CSRF)
        .set('Host', 'console.example.com')
        .set('Origin', origin)
        .send(LOGIN);
      expect(r.status, origin).toBe(403);
    }
  });

  it('without PUBLIC_ORIGIN, computes the own origin with trust proxy only', async () => {
    const behind = make({ trustProxy: 1 });
    await request(behind)
      .post('/api/session')
      .set(CSRF)
      .set('Host', 'bff.internal:8080')
      .set('X-Forwarded-Proto', 'https')
      .set('X-Forwarded-Host', 'console.example.com')
      .set('Origin', 'https://console.example.com')
      .send(LOGIN)
      .expect(200);
    // Not trusting any proxy: a client-chosen X-Forwarded-* header changes nothing.
    const direct = make({ trustProxy: false });
    await request(direct)
      .post('/api/session')
      .set(CSRF)
      .set('Host', 'bff.internal:8080')
      .set('X-Forwarded-Proto', 'https')
      .set('X-Forwarded-Host', 'console.example.com')
      .set('Origin', 'https://console.example.com')
      .send(LOGIN)
      .expect(403);
  });

  it('still requires the custom header first', async () => {
    const app = make();
    await request(app)
      .post('/api/session')
      .set('Sec-Fetch-Site', 'same-origin')
      .send(LOGIN)
      .expect(403);
  });
});
