import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@console/shared';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type ConsoleApp } from './app.js';
import { startFakeUpstream } from './test-support/fake-upstream.js';
import { fakeIam } from './test-support/listening-app.js';
import { testConfig } from './test-support/test-config.js';

const CSRF = { [CSRF_HEADER]: CSRF_HEADER_VALUE };
const LOGIN = { domain: 'd', username: 'u', password: 'p', project: 'eu-de' };
const TEN_MB = JSON.stringify({ filters: [{ key: 'x', value: ['a'.repeat(10 * 1024 * 1024)] }] });
const DEEP = '['.repeat(10_000) + ']'.repeat(10_000);

describe('JSON bodies at the BFF: size, depth and type limits', () => {
  let upstream: Awaited<ReturnType<typeof startFakeUpstream>>;
  let c: ConsoleApp;
  let cookie: string;

  beforeAll(async () => {
    upstream = await startFakeUpstream();
    c = createApp({ config: testConfig({ modelartsEndpoint: upstream.url }), iam: fakeIam });
    const r = await request(c.app).post('/api/session').set(CSRF).send(LOGIN).expect(200);
    cookie = String(r.headers['set-cookie']?.[0]).split(';')[0] ?? '';
  });
  afterAll(async () => {
    c.dispose();
    await upstream.close();
  });

  const search = () =>
    request(c.app)
      .post('/api/v2/training-job-searches')
      .set('Cookie', cookie)
      .set(CSRF)
      .set('Content-Type', 'application/json');
  const login = () =>
    request(c.app).post('/api/session').set(CSRF).set('Content-Type', 'application/json');

  it('answers 413 naming the limit for a 10 MB body, without calling the upstream', async () => {
    upstream.requests.length = 0;
    const a = await search().send(TEN_MB);
    expect(a.status).toBe(413);
    expect(a.body).toMatchObject({ error_code: 'Console.0413' });
    expect(a.body.error_msg).toContain('1 MB');
    expect(a.body.request_id).toBe(a.headers['x-request-id']);
    const b = await login().send(TEN_MB);
    expect(b.status).toBe(413);
    expect(b.body.error_msg).toContain('16 KB');
    expect(upstream.requests).toHaveLength(0);
  });

  it('answers 400 naming the depth limit for a 10 000-deep body', async () => {
    upstream.requests.length = 0;
    const a = await search().send(DEEP);
    expect(a.status).toBe(400);
    expect(a.body).toMatchObject({ error_code: 'Console.0400' });
    expect(a.body.error_msg).toContain('64 levels');
    // 10 000 levels take 20 000 bytes, past the 16 KB login limit: refused by size before reading.
    const b = await login().send(`{"domain":${DEEP}}`);
    expect(b.status).toBe(413);
    // Within the size limit, the depth limit answers.
    const half = '['.repeat(5_000) + ']'.repeat(5_000);
    const d = await login().send(`{"domain":${half}}`);
    expect(d.status).toBe(400);
    expect(d.body.error_msg).toContain('64 levels');
    expect(upstream.requests).toHaveLength(0);
  });

  it('answers 415 for a body that is not JSON, and 400 for broken JSON', async () => {
    const a = await request(c.app)
      .post('/api/v2/training-job-searches')
      .set('Cookie', cookie)
      .set(CSRF)
      .set('Content-Type', 'text/plain')
      .send('limit=10');
    expect(a.status).toBe(415);
    expect(a.body.error_code).toBe('Console.0415');
    const b = await request(c.app)
      .post('/api/session')
      .set(CSRF)
      .set('Content-Type', 'application/x-www-form-urlencoded')
      .send('username=u');
    expect(b.status).toBe(415);
    const broken = await search().send('{"limit": ');
    expect(broken.status).toBe(400);
    expect(broken.body.error_msg).toBe('The request body is not valid JSON');
  });

  it('re-sends a parsed body to the upstream as JSON, and a bodiless POST without one', async () => {
    upstream.requests.length = 0;
    const body = {
      limit: 10,
      offset: 0,
      filters: [{ key: 'phase', operator: 'in', value: ['Running'] }],
    };
    await search().send(JSON.stringify(body)).expect(200);
    const seen = upstream.requests[0];
    expect(JSON.parse(seen?.body ?? 'null')).toEqual(body);
    expect(seen?.headers['content-type']).toMatch(/^application\/json/);
    upstream.requests.length = 0;
    await request(c.app)
      .post('/api/v1/training-jobs/1/versions/2/stop')
      .set('Cookie', cookie)
      .set(CSRF)
      .expect(200);
    expect(upstream.requests[0]?.body).toBe('');
  });

  it('never answers 500 for hostile bodies on any /api route', async () => {
    const paths = [
      '/api/v2/training-job-searches',
      '/api/v1/training-jobs',
      '/api/v2/training-jobs',
      '/api/v2/algorithms',
      '/api/v2/training-jobs/j1/actions',
    ];
    for (const path of paths) {
      for (const payload of [DEEP, TEN_MB, '{"a":']) {
        const r = await request(c.app)
          .post(path)
          .set('Cookie', cookie)
          .set(CSRF)
          .set('Content-Type', 'application/json')
          .send(payload);
        expect(r.status, `${path} ${payload.slice(0, 10)}`).toBeGreaterThanOrEqual(400);
        expect(r.status).toBeLessThan(500);
      }
    }
  });
});
