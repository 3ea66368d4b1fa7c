import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@console/shared';
import type { Request, Response } from 'express';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../errors.js';
import { csrfGuard } from './csrf.js';

interface FakeRequest {
  method: string;
  headers: Record<string, string>;
  protocol?: string;
  host?: string;
}

/** What the guard passes to `next` for a request: undefined (let through) or the error. */
function verdict(publicOrigin: string | undefined, r: FakeRequest): unknown {
  const req = {
    method: r.method,
    protocol: r.protocol ?? 'http',
    host: r.host ?? 'console.local',
    get: (name: string) => r.headers[name.toLowerCase()],
  } as unknown as Request; // only the fields the guard reads
  let seen: unknown = 'next not called';
  csrfGuard({ publicOrigin })(req, {} as Response, (err?: unknown) => {
    seen = err;
  });
  return seen;
}

const H = { [CSRF_HEADER.toLowerCase()]: CSRF_HEADER_VALUE };

describe('csrfGuard (unit)', () => {
  it.each(['GET', 'HEAD', 'OPTIONS'])(
    'lets the safe method %s through with no header',
    (method) => {
      expect(verdict(undefined, { method, headers: { 'sec-fetch-site': 'cross-site' } })).toBe(
        undefined,
      );
    },
  );

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('refuses %s without the custom header', (method) => {
    expect(verdict(undefined, { method, headers: {} })).toBeInstanceOf(ForbiddenError);
    expect(
      verdict(undefined, { method, headers: { [CSRF_HEADER.toLowerCase()]: 'other' } }),
    ).toBeInstanceOf(ForbiddenError);
  });

  it('names at most 20 characters of a hostile Sec-Fetch-Site value', () => {
    const err = verdict(undefined, {
      method: 'POST',
      headers: { ...H, 'sec-fetch-site': `cross-site${'x'.repeat(100)}` },
    });
    expect(err).toBeInstanceOf(ForbiddenError);
    expect((err as Error).message).toBe(
      'Cross-origin request refused (Sec-Fetch-Site: cross-sitexxxxxxxxxx)',
    );
  });

  it('compares Origin with the public origin whatever the case of either (property)', () => {
    const origin = fc.constantFrom('https://console.example', 'http://10.0.0.1:8080');
    const flip = fc.array(fc.boolean(), { minLength: 30, maxLength: 30 });
    const recase = (s: string, f: boolean[]) =>
      [...s].map((ch, i) => (f[i] ? ch.toUpperCase() : ch.toLowerCase())).join('');
    fc.assert(
      fc.property(origin, flip, flip, (o, a, b) => {
        const headers = { ...H, origin: recase(o, a) };
        expect(verdict(recase(o, b), { method: 'POST', headers })).toBe(undefined);
        expect(
          verdict(recase(o, b), { method: 'POST', headers: { ...H, origin: `${o}.evil` } }),
        ).toBeInstanceOf(ForbiddenError);
      }),
      { seed: 15, numRuns: 200 },
    );
  });

  it('without a public origin, uses the request protocol and host', () => {
    const req = (origin: string) => ({
      method: 'POST',
      headers: { ...H, origin },
      protocol: 'https',
      host: 'c.example:8443',
    });
    expect(verdict(undefined, req('https://c.example:8443'))).toBe(undefined);
    expect(verdict(undefined, req('http://c.example:8443'))).toBeInstanceOf(ForbiddenError);
    expect(verdict(undefined, { method: 'POST', headers: H })).toBe(undefined); // curl: no Origin
  });

  it('says what was missing or refused', () => {
    const missing = verdict(undefined, { method: 'POST', headers: {} });
    expect((missing as Error).message).toBe(`Missing header ${CSRF_HEADER}: ${CSRF_HEADER_VALUE}`);
    const foreign = verdict('https://c.example', {
      method: 'POST',
      headers: { ...H, origin: 'https://evil.example' },
    });
    expect(foreign).toBeInstanceOf(ForbiddenError);
    expect((foreign as Error).message).toBe('Cross-origin request refused');
  });

  it('lets same-origin Sec-Fetch-Site decide before Origin (a browser sends both)', () => {
    const both = (site: string) => ({
      method: 'POST',
      headers: { ...H, 'sec-fetch-site': site, origin: 'https://elsewhere.example' },
    });
    expect(verdict('https://c.example', both('same-origin'))).toBe(undefined);
    expect(verdict('https://elsewhere.example', both('same-site'))).toBeInstanceOf(ForbiddenError);
  });
});
