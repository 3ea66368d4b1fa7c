import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PagedSource } from './sorted-source.js';
import { withinWindow } from './time-window.js';

/** A server list of creation times sorted `order`, paged as the v1 list pages. */
async function listOf(times: number[], order: 'asc' | 'desc', size: number) {
  const sorted = [...times].sort((a, b) => (order === 'asc' ? a - b : b - a));
  const source = await PagedSource.open(
    async (pageIndex, perPage) => ({
      items: sorted.slice(pageIndex * perPage, pageIndex * perPage + perPage),
      total: sorted.length,
      dropped: 0,
    }),
    size,
  );
  return { sorted, source };
}

describe('a creation-time window cut out of a list sorted by time (v1)', () => {
  it('holds exactly the jobs created within the window, in the list order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 60 }),
        fc.constantFrom('asc' as const, 'desc' as const),
        fc.option(fc.integer({ min: -5, max: 55 })),
        fc.option(fc.integer({ min: -5, max: 55 })),
        fc.integer({ min: 1, max: 12 }),
        async (times, order, from, to, size) => {
          const { sorted, source } = await listOf(times, order, size);
          const window = await withinWindow(source, (t) => t, order, { from, to });
          const expected = sorted.filter((t) => (from ?? -Infinity) <= t && t <= (to ?? Infinity));
          expect(window.count).toBe(expected.length);
          expect(await window.slice(0, window.count)).toEqual(expected);
        },
      ),
      { seed: 20261206, numRuns: 200 },
    );
  });
});
