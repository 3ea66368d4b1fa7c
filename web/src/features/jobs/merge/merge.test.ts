import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSources, readPage } from './open-merged.js';
import { PagedSource, type PageFetcher } from './sorted-source.js';
import type { Splits } from './merged-source.js';

interface Item {
  t: number;
  id: string;
}
/** The list's order: newest first (server ties stay in the server's order). */
const cmp = (x: Item, y: Item) => y.t - x.t;

/** A server list: sorted newest first, ties by id (its own rule); pages of perPage. */
function server(items: Item[], counter: { requests: number }): PageFetcher<Item> {
  const sorted = [...items].sort((x, y) => cmp(x, y) || x.id.localeCompare(y.id));
  return async (pageIndex, perPage) => {
    counter.requests += 1;
    await Promise.resolve();
    return {
      items: sorted.slice(pageIndex * perPage, pageIndex * perPage + perPage),
      total: sorted.length,
      dropped: 0,
    };
  };
}

/** The expected order, computed independently: by key, then source, then server position. */
function oracle(lists: Item[][]): string[] {
  return lists
    .flatMap((list, src) =>
      [...list]
        .sort((x, y) => cmp(x, y) || x.id.localeCompare(y.id))
        .map((item, pos) => ({ item, src, pos })),
    )
    .sort((x, y) => cmp(x.item, y.item) || x.src - y.src || x.pos - y.pos)
    .map((e) => e.item.id);
}

// few distinct times, so that ties across and within sources are common
const itemsOf = (prefix: string) =>
  fc
    .array(fc.integer({ min: 0, max: 12 }), { maxLength: 40 })
    .map((ts) => ts.map((t, k) => ({ t, id: `${prefix}${k}` })));
const listsArb = fc
  .array(fc.nat(), { minLength: 2, maxLength: 3 })
  .chain((ks) => fc.tuple(...ks.map((_, s) => itemsOf(`s${s}-`))));

async function open(lists: Item[][], size: number, hints: Splits[] = []) {
  const counter = { requests: 0 };
  const leaves = await Promise.all(lists.map((l) => PagedSource.open(server(l, counter), size)));
  return { snapshot: mergeSources(leaves, cmp, hints), counter };
}

const params = { seed: 20261206, numRuns: 150 };

describe('merged paging over several sorted server lists', () => {
  it('pages read in order concatenate to the merged order: nothing lost, nothing twice', async () => {
    await fc.assert(
      fc.asyncProperty(listsArb, fc.integer({ min: 1, max: 12 }), async (lists, size) => {
        const { snapshot } = await open(lists, size);
        const pages = Math.ceil(snapshot.source.count / size);
        const seen: string[] = [];
        for (let p = 1; p <= pages; p += 1) {
          const { items } = await readPage(snapshot.source, p, size);
          expect(items.length).toBe(Math.min(size, snapshot.source.count - (p - 1) * size));
          seen.push(...items.map((i) => i.id));
        }
        expect(seen).toEqual(oracle(lists));
        expect(new Set(seen).size).toBe(seen.length);
      }),
      params,
    );
  });

  it('any page opened on its own (no cursor: a search) is that slice of the merged order', async () => {
    await fc.assert(
      fc.asyncProperty(
        listsArb,
        fc.integer({ min: 1, max: 12 }),
        fc.nat(),
        async (lists, size, pick) => {
          const expected = oracle(lists);
          const pages = Math.max(1, Math.ceil(expected.length / size));
          const page = (pick % pages) + 1;
          const { snapshot } = await open(lists, size);
          const { items } = await readPage(snapshot.source, page, size);
          expect(items.map((i) => i.id)).toEqual(expected.slice((page - 1) * size, page * size));
        },
      ),
      params,
    );
  });

  it('cursors of an older snapshot are checked, never trusted: new jobs shift the pages', async () => {
    await fc.assert(
      fc.asyncProperty(
        listsArb,
        fc.array(fc.tuple(fc.nat(2), fc.integer({ min: 0, max: 13 })), { maxLength: 8 }),
        fc.integer({ min: 1, max: 12 }),
        async (lists, added, size) => {
          const before = await open(lists, size);
          const pages = Math.ceil(before.snapshot.source.count / size);
          for (let p = 1; p <= pages; p += 1) await readPage(before.snapshot.source, p, size);
          const after = lists.map((l) => [...l]);
          added.forEach(([s, t], k) => after[s % after.length]!.push({ t, id: `new${k}` }));
          const expected = oracle(after);
          const next = await open(after, size, before.snapshot.cursors());
          const seen: string[] = [];
          const total = Math.ceil(expected.length / size);
          for (let p = total; p >= 1; p -= 1) {
            const { items } = await readPage(next.snapshot.source, p, size);
            seen.unshift(...items.map((i) => i.id));
          }
          expect(seen).toEqual(expected);
        },
      ),
      params,
    );
  });
});
