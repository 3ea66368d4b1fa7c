import { describe, expect, it } from 'vitest';
import { FakeLogClient } from '../../test-support/fake-log-client.js';
import { AomIndexCache } from '../log-read/aom-index-cache.js';
import { SpoolStore } from '../log-read/spool-store.js';
import type { AomRead } from './aom-first-page.js';
import { indexedFirstPage } from './aom-indexed-first-page.js';

const target = { projectId: 'p', jobId: '1', versionId: '2', logFile: 'w0' };
const reader =
  (log: FakeLogClient): AomRead =>
  (q) =>
    log.readAomLog(target, 't', q);

describe('indexedFirstPage (the v1 tail through the line indexes)', () => {
  it('walks the log the first time, then finds its first page in two reads', async () => {
    const log = new FakeLogClient();
    log.print(5_250);
    const cache = new AomIndexCache();
    const key = AomIndexCache.keyOf(target);
    const first = await indexedFirstPage(cache, key, reader(log));
    expect(first?.lines.length).toBe(250);
    expect(first?.lines[0]).toBe('line 1');
    expect(first?.startLine).toBe(log.cursor(1));
    expect(first?.endLine).toBe(log.cursor(250));
    const walked = log.reads.length;
    expect(walked).toBeGreaterThan(10);
    const again = await indexedFirstPage(cache, key, reader(log));
    expect(again).toEqual(first);
    expect(log.reads.length - walked).toBe(2);
  });

  it('with a spool, a log opened again starts in one read (its first page is local)', async () => {
    const log = new FakeLogClient();
    log.print(5_250);
    const spools = new SpoolStore({ maxBytes: 1 << 20 });
    try {
      const cache = new AomIndexCache(16, 20_000, spools);
      const key = AomIndexCache.keyOf(target);
      const first = await indexedFirstPage(cache, key, reader(log));
      const walked = log.reads.length;
      expect(await indexedFirstPage(cache, key, reader(log))).toEqual(first);
      expect(log.reads.length - walked).toBe(1);
    } finally {
      await spools.close();
    }
  });

  it('an empty log has no first page yet; once it writes, the walk is made again', async () => {
    const log = new FakeLogClient();
    const cache = new AomIndexCache();
    const key = AomIndexCache.keyOf(target);
    expect(await indexedFirstPage(cache, key, reader(log))).toBeUndefined();
    log.print(3);
    const first = await indexedFirstPage(cache, key, reader(log));
    expect(first?.lines).toEqual(['line 1', 'line 2', 'line 3']);
  });

  it('a log longer than the index holds starts at the earliest page reached, as before', async () => {
    const log = new FakeLogClient();
    log.print(3_000);
    const first = await indexedFirstPage(new AomIndexCache(4, 2), 'k', reader(log));
    expect(first?.lines[0]).toBe('line 1');
  });
});
