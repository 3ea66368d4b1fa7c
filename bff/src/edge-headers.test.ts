import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeLogClient } from './test-support/fake-log-client.js';
import { listeningApp, type ListeningApp } from './test-support/listening-app.js';
import { readEvents } from './test-support/sse-client.js';
import { testConfig } from './test-support/test-config.js';

/** The page's one inline script (as the build writes the colour scheme's): allowed by its hash. */
const INLINE = "document.documentElement.setAttribute('data-x', 'y');";
const INLINE_HASH = `'sha256-${createHash('sha256').update(INLINE).digest('base64')}'`;
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'web-dist-'));
fs.mkdirSync(path.join(dist, 'assets'));
fs.writeFileSync(
  path.join(dist, 'index.html'),
  `<!doctype html><script>${INLINE}</script><script type="module" src="/assets/index-abc.js"></script><div id="root"></div>`,
);
// Big and repetitive, like a vendor chunk: worth compressing.
fs.writeFileSync(
  path.join(dist, 'assets', 'index-abc.js'),
  'console.log("mantine");\n'.repeat(4000),
);

/** The headers every response carries, whatever serves it. */
function expectSecurityHeaders(h: Record<string, string | undefined>, what: string) {
  const csp = h['content-security-policy'] ?? '';
  expect(csp, what).toContain("default-src 'self'");
  expect(csp, what).toContain(`script-src 'self' ${INLINE_HASH};`);
  expect(csp, what).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("object-src 'none'");
  expect(h['x-frame-options'], what).toBe('DENY');
  expect(h['referrer-policy'], what).toBe('same-origin');
  expect(h['x-content-type-options'], what).toBe('nosniff');
}

describe('response headers at the edge', () => {
  const logs = new FakeLogClient();
  let app: ListeningApp;
  let signedIn: string | undefined;
  /** Signs in on first use, inside a test (see app.test.ts: no request path in beforeAll). */
  const session = async () => (signedIn ??= await app.login());

  beforeAll(async () => {
    app = await listeningApp({
      config: testConfig({ webDist: dist, trustProxy: 1, heartbeatMs: 100 }),
      modelArtsLogs: logs,
    });
  });
  afterAll(async () => {
    await app.stop();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('/ and an asset: security headers, caching, compression, no HSTS over http', async () => {
    const page = await request(app.c.app).get('/').expect(200);
    expectSecurityHeaders(page.headers, '/');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['strict-transport-security']).toBeUndefined();
    expect(page.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');

    const asset = await request(app.c.app)
      .get('/assets/index-abc.js')
      .set('Accept-Encoding', 'gzip')
      .expect(200);
    expectSecurityHeaders(asset.headers, 'asset');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(asset.text).toContain('console.log("mantine")');
  });

  it('sends HSTS (and upgrade-insecure-requests) only when reached over https', async () => {
    const r = await request(app.c.app).get('/').set('X-Forwarded-Proto', 'https').expect(200);
    expect(r.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(r.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it('/api/session and a log download carry the same headers', async () => {
    const cookie = await session();
    const s = await request(app.c.app).get('/api/session').set('Cookie', cookie).expect(200);
    expectSecurityHeaders(s.headers, '/api/session');
    logs.print(3);
    logs.status = 10;
    const d = await request(app.c.app)
      .get('/api/logs/v1/1/2/download?log_file=job-x.0')
      .set('Cookie', cookie)
      .set('Accept-Encoding', 'gzip')
      .expect(200);
    expectSecurityHeaders(d.headers, 'download');
    expect(d.headers['content-disposition']).toContain('attachment');
    expect(d.text).toContain('line 1');
  });

  it('an SSE stream: not compressed, each event arrives while the stream is open', async () => {
    const cookie = await session();
    logs.status = 8;
    logs.print(2);
    let firstLog: string | undefined;
    const res = await fetch(`${app.base}/api/logs/v1/3/4?log_file=job-y.0`, {
      headers: { cookie, 'accept-encoding': 'gzip, br' },
    });
    expectSecurityHeaders(Object.fromEntries(res.headers), 'sse');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    await res.body?.cancel();
    // The job keeps running: the first log event must arrive without the stream ending.
    const out = await readEvents(
      `${app.base}/api/logs/v1/3/4?log_file=job-y.0`,
      { cookie, 'accept-encoding': 'gzip, br' },
      (e) => {
        if (e.event !== 'log') return false;
        firstLog = e.data;
        return true;
      },
    );
    expect(out.aborted).toBe(true);
    expect(firstLog).toContain('line 1');
  });
});
