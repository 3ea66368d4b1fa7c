import { gunzipSync } from 'node:zlib';
import request from 'supertest';
import { expect } from 'vitest';
import { createApp, type ConsoleApp } from '../app.js';
import type { IamClient } from '../clients/iam-client.js';
import type { Config } from '../config.js';
import { DEFAULT_UPSTREAM_SETTINGS } from '../services/proxy/upstream-settings.js';
import { testConfig } from './test-config.js';
import { rawGet, twinServers, twinUpstream, type RawAnswer } from './twin-servers.js';

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
export function comparable(a: RawAnswer) {
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

/** Upstream headers that must never reach the browser (twinUpstream sends them all). */
const SECRET_HEADERS = ['set-cookie', 'x-subject-token', 'server', 'x-auth-token'];

function expectEdgeHeaders(a: RawAnswer, what: string) {
  const h = a.headers;
  expect(h['content-security-policy'], what).toContain("default-src 'self'");
  expect(h['x-frame-options'], what).toBe('DENY');
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['referrer-policy'], what).toBe('same-origin');
  for (const name of SECRET_HEADERS) expect(h[name], `${what}: ${name}`).toBeUndefined();
}

/**
 * One console app (sessions in memory unless `overrides` give Redis; a clock the test moves) in
 * front of twinUpstream, served
 * by the Express app and by the production listener (fast path first) at once.
 */
export async function startTwinApp(overrides: Partial<Config> = {}) {
  let clock = Date.now();
  const upstream = await twinUpstream();
  const c: ConsoleApp = createApp({
    config: testConfig({
      modelartsEndpoint: upstream.url,
      trustProxy: 1,
      // one try and no breaker: the two paths see the same upstream outcome per call
      proxy: { ...DEFAULT_UPSTREAM_SETTINGS, getAttempts: 1, breakerFailures: 1_000_000 },
      ...overrides,
    }),
    iam,
    now: () => clock,
  });
  const twins = await twinServers(c);
  const login = async () => {
    const res = await request(c.app)
      .post('/api/session')
      .set('X-Requested-With', 'modelarts-console')
      .send({ domain: 'd', username: 'u', password: 'p', project: 'eu-de' });
    return String(res.headers['set-cookie']?.[0]).split(';')[0] ?? '';
  };
  return {
    c,
    twins,
    upstream,
    login,
    advanceClock: (ms: number) => (clock += ms),
    /** The same GET through both servers: equal answers, and the fast one with the edge headers. */
    async both(path: string, headers: Record<string, string> = {}) {
      const viaExpress = await rawGet(twins.express, path, headers);
      const viaFast = await rawGet(twins.fast, path, headers);
      expect(comparable(viaFast), path).toEqual(comparable(viaExpress));
      expectEdgeHeaders(viaFast, path);
      return viaFast;
    },
    async close() {
      await twins.close();
      await c.dispose();
      await upstream.close();
    },
  };
}

export type TwinApp = Awaited<ReturnType<typeof startTwinApp>>;
