import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type ConsoleApp } from '../app.js';
import type { IamClient } from '../clients/iam-client.js';
import { PROXY_MOUNTS } from '../middleware/edge.js';
import { DEFAULT_UPSTREAM_SETTINGS } from '../services/proxy/upstream-settings.js';
import { testConfig } from '../test-support/test-config.js';
import { rawGet, twinServers, twinUpstream, type RawAnswer } from '../test-support/twin-servers.js';
import { fastRoute } from './fast-route.js';

const iam: IamClient = {
  issueToken: async (l) => ({
    token: `tok-${l.username}`,
    projectId: 'p1',
    projectName: l.project,
    user: l.username,
    domain: l.domain,
    expiresAt: Date.now() + 86_400_000,
  }),
};

/** What must be equal between the two paths: everything but the request's own id and date. */
function comparable(a: RawAnswer) {
  const { date: _date, 'x-request-id': id, etag, ...headers } = a.headers;
  expect(typeof id, 'every answer carries its request id').toBe('string');
  const bytes = a.headers['content-encoding'] === 'gzip' ? gunzipSync(a.body) : a.body;
  return {
    status: a.status,
    headers,
    // an error body's ETag covers its request id
    etag: etag === undefined ? 'none' : 'some',
    body: bytes.toString('latin1').split(String(id)).join('<request id>'),
  };
}

/** Paths of allow-listed GETs (of v1 or v2), and near misses. */
const ALLOWED_SHAPES = [
  'job/resource-specs',
  'job/ai-engines',
  'training-jobs',
  'training-jobs/12',
  'training-jobs/404',
  'training-jobs/403',
  'training-jobs/12/versions/3',
  'training-jobs/12/versions/3/log/file-names',
  'training-jobs/job-1/events',
  'training-job-configs/cfg_1',
  'datasets/d1/versions',
  'training-jobs/12/versions/3/',
  'training-jobs/12/versions/-3',
];

const SECRET_HEADERS = [
  'set-cookie',
  'x-subject-token',
  'server',
  'x-auth-token',
  'x-request-id-upstream',
];

function expectEdgeHeaders(a: RawAnswer, what: string) {
  const h = a.headers;
  expect(h['content-security-policy'], what).toContain("default-src 'self'");
  expect(h['x-frame-options'], what).toBe('DENY');
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['referrer-policy'], what).toBe('same-origin');
  for (const name of SECRET_HEADERS) expect(h[name], `${what}: ${name}`).toBeUndefined();
}

describe('the fast path answers proxied GETs exactly as Express does', () => {
  let clock = Date.now();
  let upstream: Awaited<ReturnType<typeof twinUpstream>>;
  let c: ConsoleApp;
  let twins: Awaited<ReturnType<typeof twinServers>>;
  const login = async () => {
    const res = await request(c.app)
      .post('/api/session')
      .set('X-Requested-With', 'modelarts-console')
      .send({ domain: 'd', username: 'u', password: 'p', project: 'eu-de' });
    return String(res.headers['set-cookie']?.[0]).split(';')[0] ?? '';
  };
  /** The same GET through both servers: equal answers, and the fast one with the edge headers. */
  const both = async (path: string, headers: Record<string, string> = {}) => {
    const viaExpress = await rawGet(twins.express, path, headers);
    const viaFast = await rawGet(twins.fast, path, headers);
    expect(comparable(viaFast), path).toEqual(comparable(viaExpress));
    expectEdgeHeaders(viaFast, path);
    return viaFast;
  };
  let cookie: string;

  beforeAll(async () => {
    upstream = await twinUpstream();
    c = createApp({
      config: testConfig({
        modelartsEndpoint: upstream.url,
        trustProxy: 1,
        // one try and no breaker: the two paths see the same upstream outcome per call
        proxy: { ...DEFAULT_UPSTREAM_SETTINGS, getAttempts: 1, breakerFailures: 1_000_000 },
      }),
      iam,
      now: () => clock,
    });
    twins = await twinServers(c);
    cookie = await login();
  });
  afterAll(async () => {
    await twins.close();
    await c.dispose();
    await upstream.close();
  });

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
    const secure = await rawGet(twins.fast, '/api/v1/job/resource-specs', {
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
    expect(upstream.seen.some((u) => u.includes('not-allowed') || u.includes('..'))).toBe(false);
  });

  it('no cookie, a bad cookie: the same 401', async () => {
    expect((await both('/api/v1/job/resource-specs')).status).toBe(401);
    expect((await both('/api/v1/job/resource-specs', { cookie: 'mac_sid=nope' })).status).toBe(401);
    expect((await both('/api/v1/job/resource-specs', { cookie: 'mac_sid=' })).status).toBe(401);
  });

  it('an upstream 401 for the token ends the session on both paths', async () => {
    const [a, b] = [await login(), await login()];
    const viaExpress = await rawGet(twins.express, '/api/v2/training-jobs/401', { cookie: a });
    const viaFast = await rawGet(twins.fast, '/api/v2/training-jobs/401', { cookie: b });
    expect(comparable(viaFast)).toEqual(comparable(viaExpress));
    expect(JSON.parse(viaFast.body.toString()).upstream_code).toBe('ModelArts.0203');
    for (const k of [a, b]) {
      expect((await rawGet(twins.fast, '/api/v1/job/resource-specs', { cookie: k })).status).toBe(
        401,
      );
    }
  });

  it('counts proxied calls in the metrics under their allow-list label', async () => {
    const count = async () => {
      const text = await c.metrics.registry.metrics();
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

  it('property: any mix of paths, queries, cookies and encodings answers alike (seed 1414)', async () => {
    const segment = fc.constantFrom(
      'job',
      'resource-specs',
      'ai-engines',
      'training-jobs',
      '404',
      '403',
      '12',
      'versions',
      '3',
      '..',
      '.',
      '%2e%2e',
      '%2F',
      'a%2fb',
      '%00',
      '__proto__',
      'constructor',
      'training-job-configs',
      'cfg_1',
      'log',
      'file-names',
      '',
      'x'.repeat(300),
    );
    const query = fc.array(
      fc.tuple(
        fc.constantFrom(
          '__proto__',
          'constructor[prototype][x]',
          'job_type',
          'page',
          'a[]',
          'hasOwnProperty',
          '%00',
        ),
        fc.constantFrom('train', '1', '%00', '..', '%2F', 'x'.repeat(500)),
      ),
      { maxLength: 6 },
    );
    let taken = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/v1/', '/api/v2/', '/api/V1/', '/api/v1//'),
        fc.oneof(
          fc.constantFrom(...ALLOWED_SHAPES),
          fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join('/')),
        ),
        query,
        fc.constantFrom('good', 'bad', 'none'),
        fc.constantFrom('gzip', 'br', 'none'),
        async (prefix, rel, q, who, enc) => {
          const qs = q.map(([k, v]) => `${k}=${v}`).join('&');
          const path = `${prefix}${rel}${qs ? `?${qs}` : ''}`;
          const headers: Record<string, string> = {};
          if (who !== 'none') headers.cookie = who === 'good' ? cookie : 'mac_sid=forged';
          if (enc !== 'none') headers['accept-encoding'] = enc;
          if (fastRoute('GET', path, headers, PROXY_MOUNTS)) taken += 1;
          await both(path, headers);
        },
      ),
      { seed: 1414, numRuns: 80 },
    );
    // the comparison covered calls the fast path took, not only ones it left to Express
    expect(taken).toBeGreaterThan(5);
  });

  it('an expired session: the same 401 (last: the clock moves past every session)', async () => {
    clock += 121 * 60_000;
    const a = await both('/api/v1/job/resource-specs', { cookie });
    expect(a.status).toBe(401);
  });
});
