import { describe, expect, it } from 'vitest';
import { mergeSources, readPage } from './open-merged.js';
import { PagedSource, type PageFetcher } from './sorted-source.js';
import type { Splits } from './merged-source.js';

/**
 * What a page costs over 10,000 jobs (5,000 per API, interleaved times), counted as rounds of
 * requests (requests in flight together = one round: one upstream latency) and requests.
 */
interface Job {
  t: number;
}
const cmp = (x: Job, y: Job) => y.t - x.t;
const N = 5_000;
const even = [0, 1].map((s) => Array.from({ length: N }, (_, i) => ({ t: 2 * (N - i) + s })));
// skewed: v1 jobs spread evenly, v2 jobs bunched in bursts (a proportional guess is far off)
const skewed = [
  Array.from({ length: N }, (_, i) => ({ t: 3 * (N - i) })),
  Array.from({ length: N }, (_, i) => ({ t: Math.floor(((N - i) * (N - i)) / 1_667) * 3 + 1 })),
];

function rig(lists = even) {
  const queue: (() => void)[] = [];
  let requests = 0;
  const server =
    (items: Job[]): PageFetcher<Job> =>
    async (pageIndex, perPage) => {
      requests += 1;
      await new Promise<void>((release) => queue.push(release));
      const page = items.slice(pageIndex * perPage, pageIndex * perPage + perPage);
      return { items: page, total: items.length, dropped: 0 };
    };
  /** Runs `task`, releasing every waiting request together (one round) until it ends. */
  async function measure<T>(task: () => Promise<T>) {
    const start = requests;
    let rounds = 0;
    let done = false;
    const result = task().finally(() => {
      done = true;
    });
    while (!done) {
      await new Promise((yieldToLoop) => setTimeout(yieldToLoop, 0));
      if (queue.length > 0) {
        rounds += 1;
        queue.splice(0).forEach((release) => release());
      }
    }
    return { result: await result, rounds, requests: requests - start };
  }
  const open = (size: number, hints?: Splits[]) =>
    Promise.all(lists.map((l) => PagedSource.open(server(l), size))).then((leaves) =>
      mergeSources(leaves, cmp, hints),
    );
  return { measure, open };
}

describe('cost of a page of the merged list over 10,000 jobs', () => {
  it('page 1 is one round of two requests', async () => {
    const { measure, open } = rig();
    const cost = await measure(async () => readPage((await open(10)).source, 1, 10));
    expect(cost.result.items.map((j) => j.t)).toEqual([
      10_001, 10_000, 9_999, 9_998, 9_997, 9_996, 9_995, 9_994, 9_993, 9_992,
    ]);
    expect(cost).toMatchObject({ rounds: 1, requests: 2 });
  });

  it('the next page, or the same page in a new snapshot, costs one or two rounds', async () => {
    const { measure, open } = rig();
    const { result: first } = await measure(() => open(10));
    for (let p = 1; p <= 5; p += 1) await measure(() => readPage(first.source, p, 10));
    const next = await measure(() => readPage(first.source, 6, 10));
    expect(next.rounds).toBeLessThanOrEqual(1);
    const again = await measure(async () =>
      readPage((await open(10, first.cursors())).source, 6, 10),
    );
    expect(again.result.items[0]?.t).toBe(10_001 - 50);
    expect(again.rounds).toBeLessThanOrEqual(2);
  });

  it('a page never seen (page 700 of 1,000) is found by a search of O(log n) rounds', async () => {
    const { measure, open } = rig();
    const cost = await measure(async () => readPage((await open(10)).source, 700, 10));
    expect(cost.result.items[0]?.t).toBe(10_001 - 6_990);
    expect(cost.rounds).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(2 * N)) + 2);
  });

  it('a search stays O(log n) rounds when the two lists interleave unevenly', async () => {
    const { measure, open } = rig(skewed);
    const expected = skewed
      .flatMap((l, s) => l.map((j, pos) => ({ j, s, pos })))
      .sort((x, y) => cmp(x.j, y.j) || x.s - y.s || x.pos - y.pos)
      .map((e) => e.j.t);
    const cost = await measure(async () => readPage((await open(10)).source, 700, 10));
    expect(cost.result.items.map((j) => j.t)).toEqual(expected.slice(6_990, 7_000));
    expect(cost.rounds).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(2 * N)) + 2);
  });
});
