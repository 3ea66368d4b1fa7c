import { describe, expect, it } from 'vitest';
import { FakeLogClient } from '../../test-support/fake-log-client.js';
import { AomIndexCache } from '../log-read/aom-index-cache.js';
import { SpoolStore } from '../log-read/spool-store.js';
import type { AomRead } from './aom-first-page.js';
import { indexedTailStart, indexedTailStartAgain } from './aom-indexed-tail.js';

const target = { projectId: 'p', jobId: '1', versionId: '2', logFile: 'w0' };
const reader =
  (log: FakeLogClient): AomRead =>
  (q) =>
    log.readAomLog(target, 't', q);
const key = AomIndexCache.keyOf(target);

describe('indexedTailStart (where a new viewer of a v1 log starts)', () => {
  it('a long log: the first of its latest pages, with the number of lines before it', async () => {
    const log = new FakeLogClient();
    // the walk goes back from the latest page: 250 lines first, then pages of 500
    log.print(5_250);
    const start = await indexedTailStart(new AomIndexCache(), key, reader(log), 3);
    // pages: 1–250, 251–750, …, 4751–5250; the latest 3 start at 3751
    expect(start?.skipped).toBe(3_750);
    expect(start?.lines).toHaveLength(500);
    expect(start?.lines[0]).toBe('line 3751');
    expect(start?.end).toBe(log.cursor(4_250));
  });

  it('a log of no more pages than the tail starts at its first line, nothing skipped', async () => {
    const log = new FakeLogClient();
    log.print(1_250);
    const start = await indexedTailStart(new AomIndexCache(), key, reader(log), 3);
    expect(start).toEqual({
      lines: Array.from({ length: 250 }, (_, i) => `line ${i + 1}`),
      end: log.cursor(250),
      skipped: 0,
    });
  });

  it('walks the log the first time, then starts in two reads (one with a spool)', async () => {
    const log = new FakeLogClient();
    log.print(5_250);
    const cache = new AomIndexCache();
    const first = await indexedTailStart(cache, key, reader(log), 3);
    const walked = log.reads.length;
    expect(walked).toBeGreaterThan(10);
    expect(await indexedTailStart(cache, key, reader(log), 3)).toEqual(first);
    expect(log.reads.length - walked).toBe(2);

    const spools = new SpoolStore({ maxBytes: 1 << 20 });
    try {
      const spooled = new AomIndexCache(16, 20_000, spools);
      await indexedTailStart(spooled, key, reader(log), 3);
      const before = log.reads.length;
      expect(await indexedTailStart(spooled, key, reader(log), 3)).toEqual(first);
      expect(log.reads.length - before).toBe(1);
    } finally {
      await spools.close();
    }
  });

  it('a log that grew starts its tail later, counting what came before', async () => {
    const log = new FakeLogClient();
    log.print(1_000);
    const cache = new AomIndexCache();
    expect((await indexedTailStart(cache, key, reader(log), 1))?.skipped).toBe(500);
    log.print(600);
    const later = await indexedTailStart(cache, key, reader(log), 1);
    expect(later?.skipped).toBe(1_500);
    expect(later?.lines).toEqual([
      'line 1501',
      ...Array.from({ length: 99 }, (_, i) => `line ${1502 + i}`),
    ]);
  });

  it('an empty log has no start yet; once it writes, the walk is made again', async () => {
    const log = new FakeLogClient();
    const cache = new AomIndexCache();
    expect(await indexedTailStart(cache, key, reader(log))).toBeUndefined();
    log.print(3);
    const start = await indexedTailStart(cache, key, reader(log));
    expect(start?.lines).toEqual(['line 1', 'line 2', 'line 3']);
    expect(start?.skipped).toBe(0);
  });

  it('a log longer than the index holds starts at the earliest page reached, as before', async () => {
    const log = new FakeLogClient();
    log.print(3_000);
    const start = await indexedTailStart(new AomIndexCache(4, 2), 'k', reader(log));
    expect(start?.lines[0]).toBe('line 1');
    expect(start?.skipped).toBe(0);
  });
});

describe('indexedTailStartAgain (an evicted start page read again)', () => {
  it('finds the page by its last cursor, with the same lines before it', async () => {
    const log = new FakeLogClient();
    log.print(5_250);
    const cache = new AomIndexCache();
    const start = await indexedTailStart(cache, key, reader(log), 3);
    log.print(700);
    expect(await indexedTailStartAgain(cache, key, reader(log), start!.end)).toEqual(start);
  });

  it('says the log changed when no page ends at the cursor', async () => {
    const log = new FakeLogClient();
    log.print(2_000);
    const cache = new AomIndexCache();
    await expect(
      indexedTailStartAgain(cache, key, reader(log), log.cursor(1_999)),
    ).rejects.toMatchObject({ body: { error_msg: 'The log changed upstream' } });
  });
});

describe('indexedTailStart: failures', () => {
  it('a walk that fails is the start’s failure, not a fall back to another walk', async () => {
    const log = new FakeLogClient();
    log.print(2_000);
    const read = reader(log);
    let failures = 1;
    const flaky: AomRead = (q) =>
      q.order === 'asc' && failures-- > 0 ? Promise.reject(new Error('upstream reset')) : read(q);
    await expect(indexedTailStart(new AomIndexCache(), key, flaky)).rejects.toThrow(
      'upstream reset',
    );
  });
});
