import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROXY_MOUNTS } from '../middleware/edge.js';
import { comparable, startTwinApp, type TwinApp } from '../test-support/twin-app.js';
import { rawGet } from '../test-support/twin-servers.js';
import { fastRoute } from './fast-route.js';

describe('the fast path answers proxied GETs exactly as Express does', () => {
  let t: TwinApp;
  let cookie: string;
  const both = (path: string, headers?: Record<string, string>) => t.both(path, headers);

  beforeAll(async () => {
    t = await startTwinApp();
    cookie = await t.login();
  });
  afterAll(() => t.close());

  it('takes an allow-listed GET with a cookie: 200, the upstream body, no upstream secrets', async () => {
    const path = '/api/v1/job/resource-specs?job_type=train';
    expect(fastRoute('GET', path, { cookie }, PROXY_MOUNTS)).toEqual({
      index: 0,
      rel: 'job/resource-specs',
    });
    const a = await both(path, { cookie });
    expect(a.status).toBe(200);
    expect(JSON.parse(a.body.toString())).toEqual({
      is_success: true,
      echo: '/v1/p1/job/resource-specs?job_type=train',
    });
    expect(a.headers['x-upstream-request-id']).toBe('upstream-req-42');
  });

  it('compresses a large answer when asked, as Express does; over https adds HSTS', async () => {
    const a = await both('/api/v1/job/ai-engines', { cookie, 'accept-encoding': 'gzip' });
    expect(a.headers['content-encoding']).toBe('gzip');
    await both('/api/v2/training-jobs/7', { cookie, 'x-forwarded-proto': 'https' });
    const secure = await rawGet(t.twins.fast, '/api/v1/job/resource-specs', {
      cookie,
      'x-forwarded-proto': 'https',
    });
    // over https the cookie is __Host-mac_sid: the plain one is not read, as in Express
    expect(secure.status).toBe(401);
    expect(secure.headers['strict-transport-security']).toContain('max-age=');
  });

  it('hands on an upstream 4xx with its ModelArts code, and a reset as 502', async () => {
    const notFound = await both('/api/v2/training-jobs/404', { cookie });
    expect(notFound.status).toBe(404);
    expect(JSON.parse(notFound.body.toString()).error_code).toBe('ModelArts.2775');
    expect((await both('/api/v2/training-jobs/403', { cookie })).status).toBe(403);
    const reset = await both('/api/v2/training-jobs/500', { cookie });
    expect(reset.status).toBe(502);
  });

  it('refuses what the allow-list refuses and leaves odd spellings to Express', async () => {
    const hostile = [
      '/api/v1/not-allowed',
      '/api/v1/job/../job/resource-specs',
      '/api/v1/job/%2e%2e/job/resource-specs',
      '/api/v1/training-jobs/1%2f2',
      '/api/v1/training-jobs/%00',
      '/api/v1//job/resource-specs',
      '/API/V1/job/resource-specs',
      '/api/v1/job/resource-specs#x?y',
      `/api/v1/job/resource-specs?${'a=x&'.repeat(2_000)}`,
      '/api/v1/job/resource-specs?__proto__[x]=1&constructor[prototype][y]=2&job_type=%00',
    ];
    for (const path of hostile) await both(path, { cookie });
    const refused = await both('/api/v1/not-allowed', { cookie });
    expect(refused.status).toBe(404);
    expect(fastRoute('GET', '/api/v1/not-allowed', { cookie }, PROXY_MOUNTS)).toBeUndefined();
    expect(t.upstream.seen.some((u) => u.includes('not-allowed') || u.includes('..'))).toBe(false);
  });

  it('no cookie, a bad cookie: the same 401', async () => {
    expect((await both('/api/v1/job/resource-specs')).status).toBe(401);
    expect((await both('/api/v1/job/resource-specs', { cookie: 'mac_sid=nope' })).status).toBe(401);
    expect((await both('/api/v1/job/resource-specs', { cookie: 'mac_sid=' })).status).toBe(401);
  });

  it('an upstream 401 for the token ends the session on both paths', async () => {
    const [a, b] = [await t.login(), await t.login()];
    const viaExpress = await rawGet(t.twins.express, '/api/v2/training-jobs/401', { cookie: a });
    const viaFast = await rawGet(t.twins.fast, '/api/v2/training-jobs/401', { cookie: b });
    expect(comparable(viaFast)).toEqual(comparable(viaExpress));
    expect(JSON.parse(viaFast.body.toString()).upstream_code).toBe('ModelArts.0203');
    for (const k of [a, b]) {
      expect((await rawGet(t.twins.fast, '/api/v1/job/resource-specs', { cookie: k })).status).toBe(
        401,
      );
    }
  });

  it('counts proxied calls in the metrics under their allow-list label', async () => {
    const count = async () => {
      const text = await t.c.metrics.registry.metrics();
      const line = text
        .split('\n')
        .find(
          (l) =>
            l.startsWith('console_http_requests_total{') &&
            l.includes('route="/api/v2/training-jobs/:id"') &&
            l.includes('status="200"'),
        );
      return Number(line?.split(' ').at(-1) ?? 0);
    };
    const before = await count();
    await both('/api/v2/training-jobs/9', { cookie });
    expect(await count()).toBe(before + 2);
  });

  it('an expired session: the same 401 (last: the clock moves past every session)', async () => {
    t.advanceClock(121 * 60_000);
    const a = await both('/api/v1/job/resource-specs', { cookie });
    expect(a.status).toBe(401);
  });
});
