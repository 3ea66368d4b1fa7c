import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROXY_MOUNTS } from '../middleware/edge.js';
import { matchRoute } from '../services/allow-list.js';
import { fastRoute } from './fast-route.js';

const cookie = 'mac_sid=x';

describe('fastRoute: which requests the fast path takes', () => {
  it('an allow-listed GET with a cookie, and nothing else of that URL', () => {
    const url = '/api/v2/training-jobs/j1/events?offset=0';
    expect(fastRoute('GET', url, { cookie }, PROXY_MOUNTS)).toEqual({
      index: 1,
      rel: 'training-jobs/j1/events',
    });
    expect(fastRoute('HEAD', url, { cookie }, PROXY_MOUNTS)).toBeUndefined();
    expect(fastRoute('POST', url, { cookie }, PROXY_MOUNTS)).toBeUndefined();
    expect(fastRoute('GET', url, {}, PROXY_MOUNTS)).toBeUndefined();
    expect(fastRoute('GET', url, { cookie, 'content-length': '2' }, PROXY_MOUNTS)).toBeUndefined();
    expect(fastRoute('GET', url, { cookie, 'transfer-encoding': 'chunked' }, PROXY_MOUNTS)).toBe(
      undefined,
    );
    expect(fastRoute('GET', '/api/v1/not-allowed', { cookie }, PROXY_MOUNTS)).toBeUndefined();
    expect(fastRoute('GET', '/api/v1//job/resource-specs', { cookie }, PROXY_MOUNTS)).toBe(
      undefined,
    );
    expect(fastRoute('GET', '/Api/v1/job/resource-specs', { cookie }, PROXY_MOUNTS)).toBe(
      undefined,
    );
  });

  it('property: what it takes is a plain GET target the mount allow-list accepts (seed 1414)', () => {
    const chars = fc.constantFrom(
      ...'abz09-_/.%?#&= \t\u0000\u00e9\\'.split(''),
      'job/resource-specs',
      'training-jobs/',
      '12',
      '..',
      '%2f',
    );
    fc.assert(
      fc.property(
        fc.constantFrom('/api/v1/', '/api/v2/', '/api/', '/', '/api/v1'),
        fc.array(chars, { maxLength: 12 }).map((a) => a.join('')),
        (prefix, tail) => {
          const url = prefix + tail;
          const hit = fastRoute('GET', url, { cookie }, PROXY_MOUNTS);
          if (!hit) return;
          expect(url).toMatch(/^[\x21\x22\x24-\x7e]*$/);
          const mount = PROXY_MOUNTS[hit.index]!;
          expect(url.split('?')[0]).toBe(`${mount.mount}/${hit.rel}`);
          expect(matchRoute('GET', hit.rel, mount.allowList)).toBeDefined();
        },
      ),
      { seed: 1414, numRuns: 2000 },
    );
  });
});
