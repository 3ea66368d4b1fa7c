import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LogPageCache } from './log-pages.js';

const text = (n: number) => `line ${n}`;
const pageLines = (cache: LogPageCache, p: number, total: number) => {
  const { from, count } = cache.rangeOf(p);
  return Array.from({ length: Math.max(0, Math.min(count, total - from + 1)) }, (_, i) =>
    text(from + i),
  );
};

describe('LogPageCache', () => {
  it('asks for the pages on screen and one either side, then holds them', () => {
    const cache = new LogPageCache(100, 6);
    expect(cache.line(250)).toBeUndefined();
    const first = cache.want(250, 280);
    expect(first).toEqual({ fetch: [1, 2, 3], dropped: [] });
    expect(cache.line(250)).toEqual({ state: 'loading' });
    expect(cache.rangeOf(2)).toEqual({ from: 201, count: 100 });
    expect(cache.fill(2, pageLines(cache, 2, 10_000))).toBe(true);
    expect(cache.line(250)).toBe('line 250');
    // the same screen again: nothing more to read
    expect(cache.want(250, 280)).toEqual({ fetch: [], dropped: [] });
  });

  it('drops the pages farthest from the screen and reads them again when scrolled back', () => {
    const cache = new LogPageCache(100, 3);
    cache.want(150, 160); // pages 0, 1, 2
    for (const p of [0, 1, 2]) cache.fill(p, pageLines(cache, p, 10_000));
    const far = cache.want(5_050, 5_060); // pages 49, 50, 51: 0, 1 and 2 go
    expect(far.fetch).toEqual([49, 50, 51]);
    expect(far.dropped.sort()).toEqual([0, 1, 2]);
    expect(cache.size).toBe(3);
    // an answer for a dropped page is not kept
    expect(cache.fill(1, pageLines(cache, 1, 10_000))).toBe(false);
    expect(cache.line(150)).toBeUndefined();
    expect(cache.want(150, 160).fetch).toEqual([0, 1, 2]);
  });

  it('a failed read shows as failed and is asked again when wanted', () => {
    const cache = new LogPageCache(100, 4);
    cache.want(1, 10, 0);
    cache.fail(0);
    expect(cache.line(5)).toEqual({ state: 'failed' });
    expect(cache.want(1, 10, 0).fetch).toEqual([0]);
  });

  it('random scrolls and answers in any order: bounded, every visible line held or loading, never a wrong line (fixed seed)', () => {
    const total = 200_000;
    const op = fc.oneof(
      fc.record({ kind: fc.constant('scroll' as const), top: fc.integer({ min: 1, max: total }) }),
      fc.record({ kind: fc.constant('answer' as const), pick: fc.nat(), ok: fc.boolean() }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 50, max: 1000 }),
        fc.integer({ min: 4, max: 12 }),
        fc.array(op, { minLength: 1, maxLength: 80 }),
        (size, max, ops) => {
          const cache = new LogPageCache(size, max);
          const inFlight: number[] = [];
          let screen: [number, number] | null = null;
          for (const o of ops) {
            if (o.kind === 'scroll') {
              const last = Math.min(total, o.top + 40);
              const r = cache.want(o.top, last);
              inFlight.push(...r.fetch);
              screen = [o.top, last];
            } else if (inFlight.length > 0) {
              const [p] = inFlight.splice(o.pick % inFlight.length, 1);
              if (p !== undefined) {
                if (o.ok) cache.fill(p, pageLines(cache, p, total));
                else cache.fail(p);
              }
            }
            expect(cache.size).toBeLessThanOrEqual(max);
            if (screen && o.kind === 'scroll') {
              for (let n = screen[0]; n <= screen[1]; n++) {
                const got = cache.line(n);
                expect(got).toBeDefined();
                if (typeof got === 'string') expect(got).toBe(text(n));
              }
            }
            if (screen) {
              for (let n = screen[0]; n <= screen[1]; n++) {
                const got = cache.line(n);
                if (typeof got === 'string') expect(got).toBe(text(n));
              }
            }
          }
        },
      ),
      { seed: 20261206, numRuns: 300 },
    );
  });
});
