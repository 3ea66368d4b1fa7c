import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type ConsoleApp } from './app.js';
import type { IamClient } from './clients/iam-client.js';
import { BadCredentialsError } from './errors.js';
import { startFakeUpstream } from './test-support/fake-upstream.js';
import { testConfig } from './test-support/test-config.js';

const TOKEN = 'MIIsecret-token-value';
const CSRF = { 'X-Requested-With': 'modelarts-console' };
const login = { domain: 'demo', username: 'demo', password: 'demo', project: 'eu-de' };

const iam: IamClient = {
  async issueToken(l) {
    if (l.password !== 'demo')
      throw new BadCredentialsError('The domain, username or password is wrong');
    return {
      token: TOKEN,
      projectId: 'proj1',
      projectName: l.project,
      user: l.username,
      domain: l.domain,
      expiresAt: Date.now() + 3_600_000,
    };
  },
};

describe('createApp (fake upstream)', () => {
  let upstream: Awaited<ReturnType<typeof startFakeUpstream>>;
  let c: ConsoleApp;
  let signedIn: string | undefined;
  /**
   * Signs in on first use, inside a test: a sign-in in beforeAll would run the whole request path
   * outside any test, and Stryker then runs every test against each of its mutants.
   */
  const session = async () => {
    if (signedIn === undefined) {
      const res = await request(c.app).post('/api/session').set(CSRF).send(login).expect(200);
      signedIn = String(res.headers['set-cookie']?.[0]).split(';')[0] ?? '';
    }
    return signedIn;
  };

  beforeAll(async () => {
    upstream = await startFakeUpstream();
    c = createApp({
      config: testConfig({ modelartsEndpoint: upstream.url, loginFailuresPerUser: 3 }),
      iam,
    });
  });
  afterAll(async () => {
    c.dispose();
    await upstream.close();
  });

  it('answers health', async () => {
    await request(c.app).get('/api/health').expect(200, { ok: true });
  });

  it('rejects a login without the CSRF header or from another origin', async () => {
    const a = await request(c.app).post('/api/session').send(login).expect(403);
    expect(a.body.error_code).toBe('Console.0403');
    expect(a.headers['x-request-id']).toBe(a.body.request_id);
    await request(c.app)
      .post('/api/session')
      .set(CSRF)
      .set('Origin', 'https://evil.example')
      .send(login)
      .expect(403);
  });

  it('names the bad login field and rate-limits failed logins', async () => {
    const r = await request(c.app)
      .post('/api/session')
      .set(CSRF)
      .send({ ...login, domain: '' });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error_code: 'Console.0400', field: 'domain' });
    const bad = { ...login, username: 'limited', password: 'x' };
    for (let i = 0; i < 3; i++) {
      await request(c.app).post('/api/session').set(CSRF).send(bad).expect(401);
    }
    const limited = await request(c.app).post('/api/session').set(CSRF).send(bad).expect(429);
    expect(limited.body.error_code).toBe('Console.0429');
  });

  it('proxies allow-listed calls with the token and filters headers both ways', async () => {
    const cookie = await session();
    upstream.requests.length = 0;
    const r = await request(c.app)
      .get('/api/v1/job/resource-specs?job_type=train')
      .set('Cookie', `${cookie}; other=1`)
      .set('Authorization', 'Bearer nope')
      .set('X-Auth-Token', 'browser-token')
      .set('Accept-Language', 'en')
      .expect(200);
    expect(r.body.echo).toBe('/v1/proj1/job/resource-specs?job_type=train');
    expect(r.headers['set-cookie']).toBeUndefined();
    expect(r.headers['x-subject-token']).toBeUndefined();
    expect(r.headers['server']).toBeUndefined();
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    expect(r.headers['content-security-policy']).not.toBe('default-src *');
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(r.headers['x-upstream-request-id']).toBe('upstream-req-42');
    expect(r.headers['x-request-id']).not.toBe('upstream-req-42');
    const seen = upstream.requests[0]?.headers ?? {};
    expect(seen['x-auth-token']).toBe(TOKEN);
    expect(seen.cookie).toBeUndefined();
    expect(seen.authorization).toBeUndefined();
    expect(seen['accept-language']).toBe('en');
    expect(JSON.stringify(r.body) + JSON.stringify(r.headers)).not.toContain(TOKEN);
  });

  it('proxies without a listener warning (each layer adds one close listener per response)', async () => {
    const cookie = await session();
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', onWarning);
    try {
      for (let i = 0; i < 3; i += 1)
        await request(c.app).get('/api/v1/job/resource-specs').set('Cookie', cookie).expect(200);
      // 'warning' is emitted on the next tick after the listener is added
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.filter((w) => w.startsWith('MaxListenersExceededWarning'))).toEqual([]);
  });

  it('passes upstream error bodies through unchanged', async () => {
    const cookie = await session();
    const r = await request(c.app)
      .get('/api/v1/training-jobs/404/versions')
      .set('Cookie', cookie)
      .expect(404);
    expect(r.body).toEqual({
      is_success: false,
      error_code: 'ModelArts.2775',
      error_message: 'TrainingJobNotFound',
    });
  });

  it('answers 404 for paths and methods off the allow-list without calling upstream', async () => {
    const cookie = await session();
    upstream.requests.length = 0;
    const a = await request(c.app).get('/api/v1/training-jobs/1/secret').set('Cookie', cookie);
    const b = await request(c.app).delete('/api/v1/job/ai-engines').set('Cookie', cookie).set(CSRF);
    const d = await request(c.app).get('/api/v1/training-jobs/..%2f..%2fv3').set('Cookie', cookie);
    expect([a.status, b.status, d.status]).toEqual([404, 404, 404]);
    expect(a.body.error_code).toBe('Console.0404');
    expect(upstream.requests).toHaveLength(0);
  });

  it('requires a session and the CSRF header on the proxy', async () => {
    const cookie = await session();
    const r = await request(c.app).get('/api/v1/training-jobs').expect(401);
    expect(r.body.error_code).toBe('Console.0401');
    await request(c.app).delete('/api/v1/training-jobs/1').set('Cookie', cookie).expect(403);
  });

  it('validates a create body before calling upstream and re-sends a valid one', async () => {
    const cookie = await session();
    upstream.requests.length = 0;
    const bad = await request(c.app)
      .post('/api/v1/training-jobs')
      .set('Cookie', cookie)
      .set(CSRF)
      .send({ job_name: 'ok', config: { worker_server_num: 0 } })
      .expect(400);
    expect(bad.body.field).toBe('config.worker_server_num');
    expect(bad.body.error_msg).toContain('config.worker_server_num');
    expect(upstream.requests).toHaveLength(0);
    const body = {
      job_name: 'j1',
      config: {
        worker_server_num: 1,
        app_url: '/bucket/code/',
        boot_file_url: '/bucket/code/a.py',
        engine_id: 4,
        data_url: '/bucket/data/',
        spec_id: 7,
      },
    };
    await request(c.app)
      .post('/api/v1/training-jobs')
      .set('Cookie', cookie)
      .set(CSRF)
      .send(body)
      .expect(200);
    expect(JSON.parse(upstream.requests[0]?.body ?? '{}')).toEqual(body);
  });

  it('maps an unreachable upstream to 502', async () => {
    const down = createApp({ config: testConfig(), iam });
    const res = await request(down.app).post('/api/session').set(CSRF).send(login);
    const sid = String(res.headers['set-cookie']?.[0]).split(';')[0] ?? '';
    const r = await request(down.app).get('/api/v1/training-jobs').set('Cookie', sid).expect(502);
    expect(r.body.error_code).toBe('Console.0502');
    down.dispose();
  });

  it('marks the cookie Secure behind an https proxy and checks Origin against https', async () => {
    const behind = createApp({ config: testConfig({ trustProxy: 1 }), iam });
    const r = await request(behind.app)
      .post('/api/session')
      .set(CSRF)
      .set('X-Forwarded-Proto', 'https')
      .set('Host', 'console.example')
      .set('Origin', 'https://console.example')
      .send(login)
      .expect(200);
    expect(String(r.headers['set-cookie']?.[0])).toContain('Secure');
    behind.dispose();
  });

  it('answers 502 with a clear message when IAM is unreachable', async () => {
    const noIam = createApp({ config: testConfig({ iamEndpoint: 'http://127.0.0.1:9' }) });
    const r = await request(noIam.app).post('/api/session').set(CSRF).send(login).expect(502);
    expect(r.body).toMatchObject({
      error_code: 'Console.0502',
      error_msg: 'Identity service (IAM) is unreachable',
    });
    noIam.dispose();
  });

  it('signs out', async () => {
    const res = await request(c.app).post('/api/session').set(CSRF).send(login);
    const sid = String(res.headers['set-cookie']?.[0]).split(';')[0] ?? '';
    await request(c.app).get('/api/session').set('Cookie', sid).expect(200);
    await request(c.app).delete('/api/session').set('Cookie', sid).set(CSRF).expect(204);
    await request(c.app).get('/api/session').set('Cookie', sid).expect(401);
  });
});
