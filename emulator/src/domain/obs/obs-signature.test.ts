import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  authorizationHeader,
  canonicalizedHeaders,
  canonicalizedResource,
  stringToSign,
  SUB_RESOURCES,
  type ObsScheme,
} from './obs-signature.js';

// Property-based (fixed seed) checks of the canonicalization, and a cross-check against the
// official SDK's own signer (esdk-obs-nodejs lib/utils.js#doAuth) for random requests.
const SEED = 20261206;
const opts = { seed: SEED, numRuns: 1000 };

type DoAuth = (opt: Record<string, unknown>, method: string, ctx: Record<string, string>) => void;
const require = createRequire(import.meta.url);
const Utils = require('esdk-obs-nodejs/lib/utils.js') as { prototype: { doAuth: DoAuth } };
const CONTEXT: Record<ObsScheme, Record<string, string>> = {
  OBS: {
    signature: 'obs',
    headerPrefix: 'x-obs-',
    headerMetaPrefix: 'x-obs-meta-',
    authPrefix: 'OBS',
    stsToken: 'x-obs-security-token',
  },
  AWS: {
    signature: 'v2',
    headerPrefix: 'x-amz-',
    headerMetaPrefix: 'x-amz-meta-',
    authPrefix: 'AWS',
    stsToken: 'x-amz-security-token',
  },
};

function sdkAuthorization(
  scheme: ObsScheme,
  key: { ak: string; sk: string },
  r: { method: string; uri: string; query: string; headers: Record<string, string> },
): string {
  const opt = {
    method: r.method,
    uri: r.uri,
    urlPath: r.query ? `?${r.query}` : '',
    headers: { ...r.headers },
  };
  const self = { ak: key.ak, sk: key.sk, isCname: false, log: { isLevelEnabled: () => false } };
  Utils.prototype.doAuth.call(self, opt, 'test', CONTEXT[scheme]);
  return (opt.headers as Record<string, string>).Authorization!;
}

const word = fc.stringMatching(/^[a-z0-9]{1,8}$/);
const value = fc.stringMatching(/^[A-Za-z0-9 ,;:=/+-]{0,16}$/).map((s) => s.trim());
const subResource = fc.constantFrom(...[...SUB_RESOURCES].filter((s) => !s.startsWith('x-obs')));
const queryPiece = fc.oneof(
  fc.tuple(subResource, fc.option(word, { nil: undefined })),
  fc.tuple(
    fc.constantFrom('prefix', 'marker', 'max-keys', 'foo', 'limit'),
    fc.option(word, { nil: undefined }),
  ),
);
const request = (scheme: ObsScheme) =>
  fc.record({
    method: fc.constantFrom('GET', 'PUT', 'POST', 'DELETE', 'HEAD'),
    uri: fc.array(word, { minLength: 0, maxLength: 4 }).map((s) => `/${s.join('/')}`),
    query: fc
      .uniqueArray(queryPiece, { maxLength: 5, selector: ([k]) => k })
      .map((pairs) =>
        pairs.map(([k, v]) => (v === undefined ? k : `${k}=${encodeURIComponent(v)}`)).join('&'),
      ),
    headers: fc
      .tuple(
        fc.dictionary(
          word.map((w) => `${scheme === 'OBS' ? 'x-obs-' : 'x-amz-'}${w}`),
          value,
          { maxKeys: 4 },
        ),
        fc.option(value, { nil: undefined }),
        fc.option(fc.constantFrom('text/plain', 'application/xml'), { nil: undefined }),
      )
      .map(([own, md5, type]) => ({
        ...own,
        Date: 'Sun, 06 Dec 2026 11:00:00 GMT',
        ...(md5 !== undefined ? { 'Content-MD5': md5 } : {}),
        ...(type !== undefined ? { 'Content-Type': type } : {}),
      })),
  });
const key = fc.record({
  ak: fc.stringMatching(/^[A-Z0-9]{20}$/),
  sk: fc.stringMatching(/^[A-Za-z0-9]{40}$/),
});

describe('OBS V2 signature', () => {
  for (const scheme of ['OBS', 'AWS'] as const)
    it(`signs as the official SDK does (${scheme} form)`, () => {
      fc.assert(
        fc.property(request(scheme), key, (r, k) => {
          const ours = authorizationHeader(
            { method: r.method, rawPath: r.uri, rawQuery: r.query, headers: r.headers },
            k,
            scheme,
          );
          expect(ours).toBe(sdkAuthorization(scheme, k, r));
        }),
        opts,
      );
    });

  it('ignores header order and the case of header names', () => {
    fc.assert(
      fc.property(request('OBS'), fc.infiniteStream(fc.boolean()), (r, flips) => {
        const reordered = Object.fromEntries(
          Object.entries(r.headers)
            .reverse()
            .map(([k, v]) => [flips.next().value ? k.toUpperCase() : k, v]),
        );
        expect(canonicalizedHeaders(reordered, 'OBS')).toBe(canonicalizedHeaders(r.headers, 'OBS'));
      }),
      opts,
    );
  });

  it('ignores the order of query parameters and every one that is no sub-resource', () => {
    fc.assert(
      fc.property(request('OBS'), (r) => {
        const pieces = r.query ? r.query.split('&') : [];
        const shuffled = [...pieces].reverse().join('&');
        expect(canonicalizedResource(r.uri, shuffled)).toBe(canonicalizedResource(r.uri, r.query));
        const onlySubs = pieces
          .filter((p) => SUB_RESOURCES.has(p.split('=')[0]!.toLowerCase()))
          .join('&');
        expect(canonicalizedResource(r.uri, onlySubs)).toBe(canonicalizedResource(r.uri, r.query));
      }),
      opts,
    );
  });

  it('leaves Date empty when x-obs-date is sent, and merges repeated headers', () => {
    const base = { method: 'GET', rawPath: '/b/k', rawQuery: 'uploads' };
    expect(stringToSign({ ...base, headers: { Date: 'D', 'x-obs-date': 'X' } }, 'OBS')).toBe(
      'GET\n\n\n\nx-obs-date:X\n/b/k?uploads',
    );
    expect(canonicalizedHeaders({ 'x-obs-meta-a': ['1', ' 2 '] }, 'OBS')).toBe(
      'x-obs-meta-a:1,2\n',
    );
    expect(canonicalizedResource('/b/k', 'uploadId=ab%2Bc&partNumber=2&max-keys=3')).toBe(
      '/b/k?partNumber=2&uploadId=ab+c',
    );
  });
});
