import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LogSearchMatch } from '@console/shared';
import { FakeLogClient } from '../../test-support/fake-log-client.js';
import type { AomRead } from '../log-tail/aom-first-page.js';
import { AomIndexCache } from './aom-index-cache.js';
import { indexedPages } from './aom-index-pages.js';
import { AomLineIndex } from './aom-line-index.js';
import { searchLog, type SearchLimits, type SearchRequest } from './search-log.js';
import { SpoolStore } from './spool-store.js';

const target = { projectId: 'p', jobId: '1', versionId: '2', logFile: 'w0' };
const reader =
  (log: FakeLogClient): AomRead =>
  (q) =>
    log.readAomLog(target, 't', q);

const stores: SpoolStore[] = [];
function store(maxBytes = 1 << 24): SpoolStore {
  const s = new SpoolStore({ maxBytes });
  stores.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

function logOf(lines: string[]): FakeLogClient {
  const log = new FakeLogClient();
  log.lines.push(...lines);
  return log;
}

async function search(
  index: AomLineIndex,
  read: AomRead,
  req: SearchRequest,
  limits: SearchLimits & { maxPages: number },
) {
  const found: LogSearchMatch[] = [];
  const state = { cut: false };
  const end = await searchLog(
    indexedPages(index, read, limits.maxPages, state),
    req,
    limits,
    (m) => {
      found.push(m);
    },
  );
  return { found, end: { ...end, truncated: end.truncated || state.cut } };
}

const WORDS = ['loss', 'Loss', 'NaN', 'step', '損失', '🙂', 'error', 'x', ' ', '\r', '\n', ''];
const lineArb = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((w) => w.join(''));

describe('v1 search and lines through the spool', () => {
  it('a search through the spool finds exactly what one through the upstream finds (property, fixed seed)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(lineArb, { minLength: 0, maxLength: 2_600 }),
        fc.constantFrom('loss', 'nan', 'NaN', '損', '🙂', 'error x', 'zzz', ' '),
        fc.boolean(),
        fc.option(fc.integer({ min: 1, max: 3_000 }), { nil: undefined }),
        fc.record({
          maxMatches: fc.integer({ min: 1, max: 400 }),
          maxBytes: fc.integer({ min: 1, max: 40_000 }),
          maxPages: fc.integer({ min: 1, max: 7 }),
        }),
        async (lines, text, caseSensitive, beforeLine, limits) => {
          const log = logOf(lines);
          const req = { text, caseSensitive, ...(beforeLine ? { beforeLine } : {}) };
          const plain = await AomLineIndex.build(reader(log));
          const expected = await search(plain, reader(log), req, limits);
          const spools = store();
          const spool = spools.create('k', () => undefined);
          const spooled = await AomLineIndex.build(reader(log), 20_000, spool);
          const before = log.reads.length;
          expect(await search(spooled, reader(log), req, limits)).toEqual(expected);
          // only a last page short of 500 lines (still growing, maybe) is read upstream again
          expect(log.reads.length - before).toBeLessThanOrEqual(1);
          await spools.close();
        },
      ),
      { seed: 20261207, numRuns: 80 },
    );
  });

  it('lines come from the spool; a growing last page and a line holding a newline from the upstream', async () => {
    const log = logOf(Array.from({ length: 1_000 }, (_, i) => `step ${i + 1}`));
    const spool = store().create('k', () => undefined);
    const index = await AomLineIndex.build(reader(log), 20_000, spool);
    log.lines.push(...Array.from({ length: 234 }, (_, i) => `more ${i + 1}`));
    await index.extend(reader(log));
    const walked = log.reads.length;
    expect(await index.lines(reader(log), 499, 502)).toEqual(log.lines.slice(498, 1_000));
    expect(log.reads.length).toBe(walked);
    // the last page (234 lines) may still grow: upstream
    expect(await index.lines(reader(log), 1_230, 10)).toEqual(log.lines.slice(1_229));
    expect(log.reads.length).toBe(walked + 1);
    // the log grows: the old last page is final now (spool), the new last one is not
    log.lines.push(...Array.from({ length: 700 }, (_, i) => `later ${i + 1}`));
    await index.extend(reader(log));
    const grown = log.reads.length;
    expect(await index.lines(reader(log), 1_001, 234)).toEqual(log.lines.slice(1_000, 1_234));
    expect(log.reads.length).toBe(grown);
    expect(await index.lines(reader(log), 1_930, 10)).toEqual(log.lines.slice(1_929, 1_934));
    expect(log.reads.length).toBe(grown + 1);

    const odd = logOf(['a', 'b\nc', ...Array.from({ length: 600 }, (_, i) => `${i}`)]);
    const oddIndex = await AomLineIndex.build(
      reader(odd),
      20_000,
      store().create('o', () => 0),
    );
    expect(await oddIndex.lines(reader(odd), 1, 3)).toEqual(['a', 'b\nc', '0']);
  });

  it('the byte cap evicts the least recently used log with its index; its searches go upstream', async () => {
    const spools = store(60_000);
    const cache = new AomIndexCache(16, 20_000, spools);
    const a = logOf(Array.from({ length: 3_000 }, (_, i) => `a line ${i + 1}`));
    const b = logOf(Array.from({ length: 3_000 }, (_, i) => `b line ${i + 1}`));
    const ia = await cache.get('a', reader(a));
    const pathA = (ia as unknown as { spool: { path: string } }).spool.path;
    expect(spools.bytes).toBeGreaterThan(30_000);
    await cache.get('b', reader(b)); // ~40 kB more: a goes
    expect(spools.bytes).toBeLessThanOrEqual(60_000);
    expect(cache.size).toBe(1);
    await vi.waitFor(() => expect(existsSync(pathA)).toBe(false));
    // an index still held by a request in flight reads the upstream now, with the same result
    const req = { text: 'line 2999', caseSensitive: true };
    const limits = { maxMatches: 10, maxBytes: 1 << 20, maxPages: 100 };
    const before = a.reads.length;
    const got = await search(ia, reader(a), req, limits);
    expect(got.found).toEqual([{ line: 2_999, text: 'a line 2999' }]);
    expect(a.reads.length - before).toBe(6);
  });

  it('a disk that fills up under the walk changes nothing but the reads: the upstream answers', async () => {
    const full = new SpoolStore({
      maxBytes: 1 << 24,
      openFile: async () => ({
        write: () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' })),
        read: () => Promise.reject(new Error('nothing written')),
        close: async () => undefined,
      }),
    });
    stores.push(full);
    const log = logOf(Array.from({ length: 1_700 }, (_, i) => `step ${i + 1}`));
    const index = await AomLineIndex.build(
      reader(log),
      20_000,
      full.create('k', () => 0),
    );
    const req = { text: 'STEP 16', caseSensitive: false };
    const limits = { maxMatches: 500, maxBytes: 1 << 20, maxPages: 100 };
    const got = await search(index, reader(log), req, limits);
    expect(got.found).toHaveLength(1 + 10 + 100);
    const plain = await AomLineIndex.build(reader(log));
    expect(got).toEqual(await search(plain, reader(log), req, limits));
    expect(await index.lines(reader(log), 499, 3)).toEqual(['step 499', 'step 500', 'step 501']);
  });
});
