import { describe, expect, it } from 'vitest';
import {
  akskEncode,
  canonicalQuery,
  canonicalRequest,
  canonicalUri,
  EMPTY_BODY_SHA256,
  formatAuthorization,
  parseAuthorization,
  sdkDate,
  sdkDateMs,
  signedHeaderNames,
  stringToSign,
} from './aksk-canonical.js';

// The strings of SDK-HMAC-SHA256 signing; bff/src/clients/aksk-signer.test.ts compares whole
// signatures with the official SDK, these pin each part so a wrong part names itself.

const SIG = 'a'.repeat(32) + '0123456789abcdef'.repeat(2);

describe('akskEncode', () => {
  it.each([
    ['AZaz09-._~', 'AZaz09-._~'],
    ["!'()*", '%21%27%28%29%2A'],
    ['a b/c=d&e', 'a%20b%2Fc%3Dd%26e'],
    ['ü', '%C3%BC'],
    ['', ''],
  ])('%j -> %j', (value, encoded) => expect(akskEncode(value)).toBe(encoded));

  it('refuses a lone surrogate, as the SDK does', () => {
    expect(() => akskEncode('\uD800')).toThrow(URIError);
  });
});

describe('canonicalUri', () => {
  it.each([
    ['/v1/p/training-jobs', '/v1/p/training-jobs/'],
    ['/v2/p/jobs/', '/v2/p/jobs/'],
    ['/', '/'],
    ['/a b/(x)', '/a%20b/%28x%29/'],
  ])('path %j -> %j', (path, uri) => expect(canonicalUri(path)).toBe(uri));

  it('encodes decoded segments one by one, a / inside a segment included', () => {
    expect(canonicalUri(['', 'v1', 'a/b', 'c d'])).toBe('/v1/a%2Fb/c%20d/');
    expect(canonicalUri(['', 'x', ''])).toBe('/x/');
  });
});

describe('canonicalQuery', () => {
  it('sorts the keys, then the values of a repeated key, and encodes both', () => {
    const params = [
      ['per_page', '10'],
      ['b', 'z'],
      ['b', 'y'],
      ['a key', 'x=1&y'],
    ] as const;
    expect(canonicalQuery(params)).toBe('a%20key=x%3D1%26y&b=y&b=z&per_page=10');
  });

  it('is empty without parameters and keeps an empty value', () => {
    expect(canonicalQuery([])).toBe('');
    expect(canonicalQuery([['k', '']])).toBe('k=');
  });
});

describe('signedHeaderNames', () => {
  it('lower-cases, removes repeats and sorts', () => {
    expect(signedHeaderNames(['X-Sdk-Date', 'host', 'Host', 'Content-Type'])).toEqual([
      'content-type',
      'host',
      'x-sdk-date',
    ]);
  });
});

describe('canonicalRequest', () => {
  it('joins method, URI, query, header lines, signed names and payload hash', () => {
    const request = canonicalRequest({
      method: 'post',
      path: '/v2/p/training-jobs',
      query: [['limit', '5']],
      headers: { host: 'modelarts.example', 'x-sdk-date': '20261207T050000Z' },
      signed: ['content-type', 'host', 'x-sdk-date'],
      payloadHash: EMPTY_BODY_SHA256,
    });
    expect(request).toBe(
      [
        'POST',
        '/v2/p/training-jobs/',
        'limit=5',
        // a signed header without a value is signed as empty
        'content-type:\nhost:modelarts.example\nx-sdk-date:20261207T050000Z\n',
        'content-type;host;x-sdk-date',
        EMPTY_BODY_SHA256,
      ].join('\n'),
    );
  });

  it('has an empty header block when nothing is signed', () => {
    const parts = { method: 'GET', path: '/', query: [], headers: {}, signed: [] };
    expect(canonicalRequest({ ...parts, payloadHash: 'h' })).toBe('GET\n/\n\n\n\nh');
  });
});

describe('string to sign and Authorization', () => {
  it('string to sign is algorithm, date and hash on three lines', () => {
    expect(stringToSign('20261207T050000Z', 'abc')).toBe('SDK-HMAC-SHA256\n20261207T050000Z\nabc');
  });

  it('formats and parses the header back', () => {
    const auth = { access: 'AK123', signedHeaders: ['host', 'x-sdk-date'], signature: SIG };
    const header = formatAuthorization(auth);
    expect(header).toBe(
      `SDK-HMAC-SHA256 Access=AK123, SignedHeaders=host;x-sdk-date, Signature=${SIG}`,
    );
    expect(parseAuthorization(header)).toEqual(auth);
    expect(parseAuthorization(`  ${header}\n`)).toEqual(auth);
    const spaced = `SDK-HMAC-SHA256   Access=AK123,SignedHeaders=host,  Signature=${SIG}`;
    expect(parseAuthorization(spaced)).toEqual({ ...auth, signedHeaders: ['host'] });
  });

  it.each([
    ['another algorithm', `SDK-HMAC-SHA1 Access=AK, SignedHeaders=host, Signature=${SIG}`],
    ['text before it', `x SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=${SIG}`],
    [
      'no space after the algorithm',
      `SDK-HMAC-SHA256Access=AK, SignedHeaders=host, Signature=${SIG}`,
    ],
    ['an empty access key', `SDK-HMAC-SHA256 Access=, SignedHeaders=host, Signature=${SIG}`],
    [
      'a space in the access key',
      `SDK-HMAC-SHA256 Access=A K, SignedHeaders=host, Signature=${SIG}`,
    ],
    ['upper-case header names', `SDK-HMAC-SHA256 Access=AK, SignedHeaders=Host, Signature=${SIG}`],
    ['no header names', `SDK-HMAC-SHA256 Access=AK, SignedHeaders=, Signature=${SIG}`],
    [
      'a short signature',
      `SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=${SIG.slice(1)}`,
    ],
    ['a long signature', `SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=${SIG}0`],
    [
      'upper-case hex',
      `SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=${SIG.toUpperCase()}`,
    ],
    ['no comma', `SDK-HMAC-SHA256 Access=AK SignedHeaders=host, Signature=${SIG}`],
  ])('refuses %s', (_why, header) => expect(parseAuthorization(header)).toBeUndefined());
});

describe('X-Sdk-Date', () => {
  it('reads a date as UTC milliseconds', () => {
    expect(sdkDateMs('20261207T050902Z')).toBe(Date.UTC(2026, 11, 7, 5, 9, 2));
    expect(sdkDateMs('20260101T000000Z')).toBe(Date.UTC(2026, 0, 1));
  });

  it.each([
    '2026-12-07T05:09:02Z',
    '20261207T050902',
    '20261207T050902Zx',
    '20261207 050902Z',
    'x20261207T050902Z',
    '',
  ])('refuses %j', (value) => expect(sdkDateMs(value)).toBeUndefined());

  it('formats a time without separators and milliseconds, and reads it back', () => {
    const ms = Date.UTC(2026, 11, 7, 5, 9, 2, 345);
    expect(sdkDate(ms)).toBe('20261207T050902Z');
    expect(sdkDateMs(sdkDate(ms))).toBe(ms - 345);
  });
});
