import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FakeLogClient } from '../../test-support/fake-log-client.js';
import type { AomRead } from '../log-tail/aom-first-page.js';
import { AomIndexCache } from './aom-index-cache.js';
import { AomLineIndex, LogTooLongError } from './aom-line-index.js';

const target = { projectId: 'p', jobId: '1', versionId: '2', logFile: 'w0' };
const reader =
  (log: FakeLogClient): AomRead =>
  (q) =>
    log.readAomLog(target, 't', q);

function logOf(n: number): FakeLogClient {
  const log = new FakeLogClient();
  log.print(n);
  return log;
}

describe('AomLineIndex (v1 lines by number with documented cursors only)', () => {
  it('walks a log once, then reads any line in one read per 500 lines', async () => {
    const log = logOf(12_345);
    const index = await AomLineIndex.build(reader(log));
    expect(index.total).toBe(12_345);
    expect(index.pageCount).toBe(25);
    const walked = log.reads.length;
    expect(walked).toBe(26); // the latest page, 24 pages back, one empty answer at the start
    expect(await index.lines(reader(log), 1, 3)).toEqual(['line 1', 'line 2', 'line 3']);
    expect(await index.lines(reader(log), 10_001, 2)).toEqual(['line 10001', 'line 10002']);
    expect(log.reads.length - walked).toBe(2);
    // a range over a page boundary: the two pages, read at once
    const across = await index.lines(reader(log), 340, 400);
    expect(across[0]).toBe('line 340');
    expect(across.at(-1)).toBe('line 739');
    // the end: fewer lines; past it: none
    expect(await index.lines(reader(log), 12_344, 10)).toEqual(['line 12344', 'line 12345']);
    expect(await index.lines(reader(log), 20_000, 10)).toEqual([]);
  });

  it('reads on what a running log writes after the walk', async () => {
    const log = logOf(700);
    const index = await AomLineIndex.build(reader(log));
    log.print(1_234);
    await index.extend(reader(log));
    expect(index.total).toBe(1_934);
    expect(await index.lines(reader(log), 1_930, 10)).toEqual([
      'line 1930',
      'line 1931',
      'line 1932',
      'line 1933',
      'line 1934',
    ]);
    expect(await index.lines(reader(log), 1, 1)).toEqual(['line 1']);
  });

  it('reads the first page of a short log that keeps growing (its only page is also its latest)', async () => {
    const log = logOf(37);
    const index = await AomLineIndex.build(reader(log));
    log.print(80);
    expect(await index.readPage(reader(log), 0)).toEqual(
      Array.from({ length: 37 }, (_, i) => `line ${i + 1}`),
    );
    // the log grows between the reads as well: every read prints 5 more lines first
    const growing = logOf(12);
    const index2 = await AomLineIndex.build(reader(growing));
    const racing: AomRead = (q) => {
      growing.print(5);
      return growing.readAomLog(target, 't', q);
    };
    expect(await index2.readPage(racing, 0)).toEqual(
      Array.from({ length: 12 }, (_, i) => `line ${i + 1}`),
    );
  });

  it('an empty log has no lines; a log beyond the page bound is refused', async () => {
    const empty = await AomLineIndex.build(reader(new FakeLogClient()));
    expect(empty.total).toBe(0);
    expect(await empty.lines(reader(new FakeLogClient()), 1, 5)).toEqual([]);
    await expect(AomLineIndex.build(reader(logOf(5_000)), 4)).rejects.toBeInstanceOf(
      LogTooLongError,
    );
  });

  it('any range of any log is the same lines as the log (property, fixed seed)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3_000 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 3_100 }), fc.integer({ min: 1, max: 1_200 })), {
          minLength: 1,
          maxLength: 6,
        }),
        async (n, ranges) => {
          const log = logOf(n);
          const index = await AomLineIndex.build(reader(log));
          expect(index.total).toBe(n);
          for (const [from, count] of ranges) {
            const got = await index.lines(reader(log), from, count);
            expect(got).toEqual(log.lines.slice(from - 1, from - 1 + count));
          }
        },
      ),
      { seed: 20261206, numRuns: 60 },
    );
  });

  it('the cache walks a log once for concurrent callers and forgets a failed walk', async () => {
    const log = logOf(2_600);
    const cache = new AomIndexCache(2);
    const [a, b] = await Promise.all([cache.get('k', reader(log)), cache.get('k', reader(log))]);
    expect(a).toBe(b);
    const failing: AomRead = () => Promise.reject(new Error('away'));
    await expect(cache.get('bad', failing)).rejects.toThrow('away');
    expect(cache.size).toBe(1);
    await cache.get('x', reader(log));
    await cache.get('y', reader(log));
    expect(cache.size).toBe(2);
  });

  it('a walk evicted while under way that then fails leaves the newer walk of its log cached', async () => {
    const log = logOf(2_600);
    const cache = new AomIndexCache(1);
    let fail: (e: Error) => void = () => undefined;
    const stalled: AomRead = () => new Promise((_, reject) => (fail = reject));
    const old = cache.get('k', stalled);
    // another log takes the only place, then the log is asked for again: a second walk
    await cache.get('other', reader(log));
    const fresh = await cache.get('k', reader(log));
    fail(new Error('away'));
    await expect(old).rejects.toThrow('away');
    const reads = log.reads.length;
    // the newer index is still the log's: it reads on from its last cursor, no walk
    expect(await cache.get('k', reader(log))).toBe(fresh);
    expect(log.reads.length - reads).toBe(1);
  });
});
