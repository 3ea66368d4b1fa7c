import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers.js';

const CSP =
  "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data: blob:;" +
  "font-src 'self' data:;connect-src 'self';object-src 'none';base-uri 'self';form-action 'self';" +
  "frame-ancestors 'none';script-src-attr 'none'";

/** The headers helmet sets with our options whatever the scheme. */
const ALWAYS = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

function app(inlineScripts?: string[]) {
  const a = express();
  a.disable('x-powered-by');
  a.set('trust proxy', 1);
  a.use(securityHeaders(inlineScripts));
  a.get('/', (_req, res) => {
    res.type('text/plain').send('ok');
  });
  return a;
}

/** The response headers except the ones Express and Node add themselves. */
async function headersOver(proto: 'http' | 'https') {
  const r = await request(app()).get('/').set('X-Forwarded-Proto', proto).expect(200);
  expect(r.text).toBe('ok'); // next() was called
  const own = ['content-type', 'content-length', 'etag', 'date', 'connection'];
  return Object.fromEntries(Object.entries(r.headers).filter(([k]) => !own.includes(k)));
}

describe('securityHeaders', () => {
  it('over http: the strict CSP and the rest, without HSTS or an upgrade', async () => {
    expect(await headersOver('http')).toEqual({ 'content-security-policy': CSP, ...ALWAYS });
  });

  it('over https: the same, with upgrade-insecure-requests and HSTS for a year with subdomains', async () => {
    expect(await headersOver('https')).toEqual({
      'content-security-policy': `${CSP};upgrade-insecure-requests`,
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      ...ALWAYS,
    });
  });

  it("allows the page's inline scripts by their hash, and nothing else inline", async () => {
    const hashes = ["'sha256-abc+/0='", "'sha384-xyz'"];
    for (const proto of ['http', 'https']) {
      const r = await request(app(hashes)).get('/').set('X-Forwarded-Proto', proto);
      const csp = String(r.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self' 'sha256-abc+/0=' 'sha384-xyz';");
      expect(
        csp.replace("script-src 'self' 'sha256-abc+/0=' 'sha384-xyz'", "script-src 'self'"),
      ).toBe(proto === 'https' ? `${CSP};upgrade-insecure-requests` : CSP);
    }
  });

  it.each(["'unsafe-inline'", 'sha256-abc', "'sha256-a' 'unsafe-eval'", "'sha1-abc='", '*'])(
    'refuses an allowed inline script that is no hash source: %s',
    (source) => {
      expect(() => securityHeaders([source])).toThrow(/not a CSP hash source/);
    },
  );

  it('answers each request by its own scheme, also after the other one', async () => {
    const a = app();
    const secure = await request(a).get('/').set('X-Forwarded-Proto', 'https');
    const plain = await request(a).get('/');
    expect(secure.headers['strict-transport-security']).toBeDefined();
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });
});
