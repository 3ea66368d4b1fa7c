import { describe, expect, it } from 'vitest';
import { signAkSk } from './aksk-signer.js';
import { authorizedHeaders, keyRef } from './upstream-auth.js';

const key = { ak: 'AKTEST', sk: 'sk-test-value' };
const keys = new Map([[keyRef('eu-de'), key]]);
const call = {
  method: 'POST',
  url: new URL('https://modelarts.example/v2/p1/training-jobs?x=1'),
  headers: { 'content-type': 'application/json' },
  body: '{"a":1}',
};

describe('authorizedHeaders', () => {
  it('sends an IAM token as X-Auth-Token', () => {
    expect(authorizedHeaders('MIIE-token', call, keys)).toEqual({
      'content-type': 'application/json',
      'x-auth-token': 'MIIE-token',
    });
  });

  it('signs the exact request for a key reference, and never sends the reference or the SK', () => {
    const h = authorizedHeaders(keyRef('eu-de'), call, keys);
    const date = h['x-sdk-date']!;
    expect(h).toEqual(signAkSk({ ...call, headers: { ...call.headers, 'x-sdk-date': date } }, key));
    expect(h.authorization).toMatch(/^SDK-HMAC-SHA256 Access=AKTEST, SignedHeaders=/);
    expect(JSON.stringify(h)).not.toMatch(/sk-test-value|aksk:/);
  });

  it('signs the body it is given, so another body breaks the signature', () => {
    const date = '20261206T080000Z';
    const headers = { ...call.headers, 'x-sdk-date': date };
    const a = authorizedHeaders(keyRef('eu-de'), { ...call, headers }, keys);
    const b = authorizedHeaders(keyRef('eu-de'), { ...call, headers, body: '{"a":2}' }, keys);
    expect(a.authorization).not.toBe(b.authorization);
    const none = authorizedHeaders(keyRef('eu-de'), { ...call, headers, body: undefined }, keys);
    expect(none.authorization).toBe(
      signAkSk({ ...call, headers, body: undefined }, key).authorization,
    );
  });

  it('signs a streamed body as UNSIGNED-PAYLOAD', () => {
    const h = authorizedHeaders(
      keyRef('eu-de'),
      { ...call, body: undefined, streamed: true },
      keys,
    );
    expect(h['x-sdk-content-sha256']).toBe('UNSIGNED-PAYLOAD');
    expect(h.authorization).toContain('x-sdk-content-sha256');
    // a streamed call's known body is not hashed either
    const date = h['x-sdk-date']!;
    const headers = { ...call.headers, 'x-sdk-date': date };
    const streamed = authorizedHeaders(keyRef('eu-de'), { ...call, headers, streamed: true }, keys);
    expect(streamed.authorization).toBe(
      signAkSk(
        {
          ...call,
          headers: { ...headers, 'x-sdk-content-sha256': 'UNSIGNED-PAYLOAD' },
          body: undefined,
        },
        key,
      ).authorization,
    );
  });

  it('treats an unknown reference as a token (no key ring: no signing)', () => {
    expect(authorizedHeaders(keyRef('eu-nl'), call, keys)['x-auth-token']).toBe('aksk:eu-nl');
    expect(authorizedHeaders(keyRef('eu-de'), call)['x-auth-token']).toBe('aksk:eu-de');
  });
});
