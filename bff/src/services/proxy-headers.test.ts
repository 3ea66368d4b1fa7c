import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  pickResponseHeaders,
  shouldForwardRequestHeader,
  UPSTREAM_REQUEST_ID_HEADER,
} from './proxy-headers.js';

const SEED = { seed: 15, numRuns: 300 };

describe('shouldForwardRequestHeader', () => {
  it.each(['content-type', 'Content-Length', 'ACCEPT', 'accept-language', 'X-Language'])(
    'forwards the body and language header %s in any case',
    (name) => expect(shouldForwardRequestHeader(name)).toBe(true),
  );

  it.each(['Host', 'connection', 'Transfer-Encoding'])(
    'keeps the transport header %s (the proxy manages it)',
    (name) => expect(shouldForwardRequestHeader(name)).toBe(true),
  );

  it.each(['cookie', 'Authorization', 'X-Auth-Token', 'x-security-token', 'x-csrf', '__proto__'])(
    'drops %s',
    (name) => expect(shouldForwardRequestHeader(name)).toBe(false),
  );
});

describe('pickResponseHeaders', () => {
  it('copies only the body and caching headers, whatever their case', () => {
    const picked = pickResponseHeaders({
      'Content-Type': 'application/json',
      'content-length': '2',
      ETag: '"x"',
      'Set-Cookie': ['a=b'],
      'x-subject-token': 'secret',
      'strict-transport-security': 'max-age=1',
      server: 'upstream/1.0',
    });
    expect(picked).toEqual({
      'Content-Type': 'application/json',
      'content-length': '2',
      ETag: '"x"',
    });
  });

  it('keeps a well-formed upstream request id under its own name', () => {
    const id = `req.1:a-b_${'x'.repeat(117)}`; // 128 characters
    expect(pickResponseHeaders({ 'x-request-id': id })).toEqual({
      [UPSTREAM_REQUEST_ID_HEADER]: id,
    });
    expect(pickResponseHeaders({ 'x-request-id': 'a' })).toEqual({
      [UPSTREAM_REQUEST_ID_HEADER]: 'a',
    });
  });

  it.each([
    ['empty', ''],
    ['too long', 'x'.repeat(129)],
    ['a space inside', 'a b'],
    ['a bad first character', '<a'],
    ['a bad last character', 'a\r'],
    ['a list', ['a', 'b']],
  ])('drops an upstream request id with %s', (_what, id) => {
    expect(pickResponseHeaders({ 'x-request-id': id })).toEqual({});
  });

  it('never lets a header outside the list through, nor touches the prototype (property)', () => {
    const allowed = new Set([
      'content-type',
      'content-length',
      'content-encoding',
      'content-language',
      'content-disposition',
      'cache-control',
      'etag',
      'last-modified',
      'expires',
      'vary',
      'date',
    ]);
    const name = fc.oneof(
      fc.string({ minLength: 1, maxLength: 20 }),
      fc.constantFrom(
        '__proto__',
        'constructor',
        'Set-Cookie',
        'X-Auth-Token',
        'CONTENT-TYPE',
        'a\0b',
      ),
    );
    fc.assert(
      fc.property(fc.dictionary(name, fc.string()), (headers) => {
        const picked = pickResponseHeaders(headers);
        for (const key of Object.keys(picked)) {
          if (key === UPSTREAM_REQUEST_ID_HEADER) continue;
          expect(allowed.has(key.toLowerCase())).toBe(true);
          expect(picked[key]).toBe(headers[key]);
        }
        expect(Object.getPrototypeOf(picked)).toBe(Object.prototype);
      }),
      SEED,
    );
  });
});
