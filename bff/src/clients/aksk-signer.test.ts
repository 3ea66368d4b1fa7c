import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js';
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signAkSk } from './aksk-signer.js';

const KEY = { ak: 'EMULATORDEMOAK000001', sk: 'emulator-demo-secret-key-0000000000000001' };
const DATE = '20261206T053000Z';
const PROJECT = '0f5e6bd5b7a84ba2b3c2a7a0b8e1d3f4';

const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/);
const requests = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
  api: fc.constantFrom('v1', 'v2'),
  segments: fc.array(id, { minLength: 1, maxLength: 4 }),
  query: fc.dictionary(
    fc.stringMatching(/^[a-z_]{1,12}$/),
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.array(fc.string({ unit: 'grapheme', maxLength: 6 }), { minLength: 1, maxLength: 3 }),
    ),
    { maxKeys: 4 },
  ),
  data: fc.option(fc.dictionary(id, fc.oneof(fc.integer(), fc.string({ unit: 'grapheme' })))),
});

describe('signAkSk', () => {
  it('produces the Authorization header of the official SDK for 20 generated requests', () => {
    fc.assert(
      fc.property(requests, (r) => {
        const endpoint = `http://127.0.0.1:8081/${r.api}/${PROJECT}/${r.segments.join('/')}`;
        const headers = { 'content-type': 'application/json', 'X-Project-Id': PROJECT };
        const sdk = AKSKSigner.sign(
          {
            endpoint,
            method: r.method,
            headers: { ...headers, 'X-Sdk-Date': DATE },
            // a copy: the SDK sorts array values in place
            queryParams: structuredClone(r.query),
            ...(r.data ? { data: r.data } : {}),
          } as never,
          new BasicCredentials().withAk(KEY.ak).withSk(KEY.sk),
        ) as Record<string, string>;

        const url = new URL(endpoint);
        for (const [k, v] of Object.entries(r.query))
          for (const one of Array.isArray(v) ? v : [v]) url.searchParams.append(k, one);
        const ours = signAkSk(
          {
            method: r.method,
            url,
            headers: { ...headers, 'X-Sdk-Date': DATE },
            ...(r.data ? { body: JSON.stringify(r.data) } : {}),
          },
          KEY,
        );
        expect(ours.authorization).toBe(sdk.Authorization);
      }),
      { seed: 20261206, numRuns: 20 },
    );
  });

  it('signs with the current time unless X-Sdk-Date is given, and never puts the SK in a header', () => {
    const url = new URL(`http://host.example/v1/${PROJECT}/training-jobs?per_page=5`);
    const now = Date.UTC(2026, 11, 6, 5, 30, 0);
    const out = signAkSk({ method: 'GET', url, headers: { 'X-Project-Id': PROJECT } }, KEY, now);
    expect(out['x-sdk-date']).toBe(DATE);
    expect(out.host).toBe('host.example');
    expect(out.authorization).toMatch(
      /^SDK-HMAC-SHA256 Access=EMULATORDEMOAK000001, SignedHeaders=host;x-project-id;x-sdk-date, Signature=[0-9a-f]{64}$/,
    );
    expect(JSON.stringify(out)).not.toContain(KEY.sk);
  });
});
