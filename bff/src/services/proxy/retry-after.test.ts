import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDelayMs } from './retry-after.js';

const NOW = Date.parse('2026-01-10T12:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates (IMF-fixdate, RFC 850, asctime)', () => {
    expect(parseRetryAfter('3', NOW)).toBe(3000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter(['7', '9'], NOW)).toBe(7000);
    expect(parseRetryAfter('Sat, 10 Jan 2026 12:00:05 GMT', NOW)).toBe(5000);
    expect(parseRetryAfter('Saturday, 10-Jan-26 12:00:02 GMT', NOW)).toBe(2000);
    expect(parseRetryAfter('Sat Jan 10 12:00:04 2026', NOW)).toBe(4000);
    expect(parseRetryAfter('Fri, 09 Jan 2026 12:00:00 GMT', NOW)).toBe(0);
  });

  it('ignores what is not a Retry-After value', () => {
    for (const v of [undefined, '', '-1', '1.5', 'soon', '2026-01-10T12:00:05Z', 'Sat, never']) {
      expect(parseRetryAfter(v, NOW)).toBeUndefined();
    }
  });

  it('reads back any number of seconds and any date it is given (property)', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), (s) => {
        expect(parseRetryAfter(String(s), NOW)).toBe(s * 1000);
        expect(parseRetryAfter(new Date(NOW + s * 1000).toUTCString(), NOW)).toBe(s * 1000);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('retryDelayMs', () => {
  const o = { baseMs: 200, capMs: 5000 };

  it("uses the upstream's Retry-After, capped", () => {
    expect(retryDelayMs(1, 1000, o)).toBe(1000);
    expect(retryDelayMs(3, 0, o)).toBe(0);
    expect(retryDelayMs(1, 60_000, o)).toBe(5000);
  });

  it('doubles the ceiling per retry, with half of it random', () => {
    expect(retryDelayMs(1, undefined, { ...o, random: () => 0 })).toBe(100);
    expect(retryDelayMs(1, undefined, { ...o, random: () => 0.999999 })).toBe(200);
    expect(retryDelayMs(3, undefined, { ...o, random: () => 0 })).toBe(400);
    expect(retryDelayMs(30, undefined, { ...o, random: () => 0.999999 })).toBe(5000);
  });

  it('stays within [ceiling/2, ceiling] and never above the cap (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (retry, r) => {
          const d = retryDelayMs(retry, undefined, { ...o, random: () => r });
          const ceiling = Math.min(o.capMs, o.baseMs * 2 ** (retry - 1));
          expect(d).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
          expect(d).toBeLessThanOrEqual(ceiling);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});
