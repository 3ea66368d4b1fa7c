import { skippedLinesOf } from '@console/shared';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeLogClient } from '../../test-support/fake-log-client.js';
import { RecordingSink, until } from '../../test-support/recording-sink.js';
import { AomIndexCache } from '../log-read/aom-index-cache.js';
import { AomLogSource } from './aom-log-source.js';
import { FIRST_TAIL_PAGES } from './aom-indexed-tail.js';
import { consoleTextOf } from './console-lines.js';
import { LogTailRegistry } from './log-tail-registry.js';

const target = { projectId: 'p', jobId: '1', versionId: '2', logFile: 'job-a.0' };
const numbered = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `line ${from + i}`);

describe('a v1 stream with the logs’ line indexes starts at the log’s latest pages', () => {
  let registry: LogTailRegistry;
  const make = (maxBufferedLines = 50_000) =>
    (registry = new LogTailRegistry({
      intervalMs: 20,
      idleGraceMs: 10_000,
      logger: pino({ level: 'silent' }),
      maxBufferedLines,
    }));
  afterEach(() => registry?.closeAll());

  const open = (client: FakeLogClient, indexes: AomIndexCache, sink: RecordingSink<number>) =>
    registry.open({
      source: new AomLogSource(client, target, indexes),
      after: undefined,
      sink,
      token: () => 'tok',
      account: 'a',
    });

  /** The stream as a browser numbers it: the console's counted skip, then the lines after it. */
  const read = (sink: RecordingSink<number>) => {
    const [first, ...rest] = sink.lines;
    const text = first === undefined ? undefined : consoleTextOf(first);
    return {
      skipped: text === undefined ? 0 : skippedLinesOf(text),
      lines: text ? rest : sink.lines,
    };
  };

  it('a long log: its lines before the tail are counted, not sent; the stream ends at the log’s end', async () => {
    const client = new FakeLogClient();
    const total = 500 * (FIRST_TAIL_PAGES + 10) + 123;
    client.print(total);
    client.status = 10;
    make();
    const sink = new RecordingSink<number>();
    open(client, new AomIndexCache(), sink);
    await until(() => sink.ended !== undefined);
    const got = read(sink);
    // the walk's pages: 123 lines, then pages of 500; the stream starts FIRST_TAIL_PAGES from the end
    expect(got.skipped).toBe(123 + 500 * 10);
    expect(got.lines).toEqual(numbered(got.skipped! + 1, total));
    expect(sink.errors).toEqual([]);
  });

  it('a log of no more pages than the tail streams from its first line, no skip', async () => {
    const client = new FakeLogClient();
    client.print(1_234);
    client.status = 10;
    make();
    const sink = new RecordingSink<number>();
    open(client, new AomIndexCache(), sink);
    await until(() => sink.ended !== undefined);
    expect(sink.lines).toEqual(numbered(1, 1_234));
  });

  it('an empty log is read again one interval later, not at once', async () => {
    vi.useFakeTimers();
    try {
      const client = new FakeLogClient();
      make();
      open(client, new AomIndexCache(), new RecordingSink<number>());
      await vi.advanceTimersByTimeAsync(0);
      const first = client.reads.length;
      expect(first).toBeGreaterThanOrEqual(1);
      // 20 ms poll interval: at most one read per interval (and the status reads), not a loop
      await vi.advanceTimersByTimeAsync(100);
      expect(client.reads.length - first).toBeGreaterThanOrEqual(1);
      expect(client.reads.length - first).toBeLessThanOrEqual(5);
    } finally {
      registry.closeAll();
      vi.useRealTimers();
    }
  });

  it('a start page whose log changed upstream since is refused, not read some other way', async () => {
    const client = new FakeLogClient();
    client.print(500 * 30);
    const source = new AomLogSource(client, target, new AomIndexCache());
    const start = await source.read(source.origin, 'tok');
    const page = { from: source.origin, to: start.page!.to, count: start.page!.count };
    expect(await source.reread({ ...page, lines: undefined }, 'tok')).toEqual(start.page?.lines);
    // walked again after 250 more lines, the log's pages end elsewhere: none ends at the cursor
    client.print(250);
    const again = new AomLogSource(client, target, new AomIndexCache());
    await expect(again.reread({ ...page, lines: undefined }, 'tok')).rejects.toMatchObject({
      body: { error_msg: 'The log changed upstream' },
    });
  });

  it('a viewer that resumes from the origin cursor ("0") starts as a new viewer', async () => {
    const client = new FakeLogClient();
    client.print(30);
    client.status = 10;
    make();
    const sink = new RecordingSink<number>();
    registry.open({
      source: new AomLogSource(client, target, new AomIndexCache()),
      after: '0',
      sink,
      token: () => 'tok',
      account: 'a',
    });
    await until(() => sink.ended !== undefined || sink.errors.length > 0);
    expect(sink.errors).toEqual([]);
    expect(sink.lines).toEqual(numbered(1, 30));
  });

  it('a log too long to index: an evicted start page is read again as the first page found', async () => {
    const client = new FakeLogClient();
    client.print(3_000);
    // an index of at most 2 pages: the walk gives up, the stream starts at the first page found
    const indexes = new AomIndexCache(4, 2);
    make(600);
    const first = new RecordingSink<number>();
    open(client, indexes, first);
    await until(() => first.lines.length === 3_000);
    const later = new RecordingSink<number>();
    open(client, indexes, later);
    await until(() => later.lines.length === 3_000);
    expect(later.lines).toEqual(numbered(1, 3_000));
    expect(later.ids).toEqual(first.ids);
  });

  it('a later viewer gets the same start, its first page read again exactly once evicted', async () => {
    const client = new FakeLogClient();
    const total = 500 * (FIRST_TAIL_PAGES + 2) + 7;
    client.print(total);
    const indexes = new AomIndexCache();
    // a buffer smaller than the tail: the first page is evicted while the tail is read
    make(2_000);
    const first = new RecordingSink<number>();
    open(client, indexes, first);
    await until(() => first.lines.length === 1 + 500 * FIRST_TAIL_PAGES);
    const later = new RecordingSink<number>();
    open(client, indexes, later);
    await until(() => later.lines.length === first.lines.length);
    expect(later.lines).toEqual(first.lines);
    expect(later.ids).toEqual(first.ids);
    expect(read(later).skipped).toBe(7 + 500 * 2);
  });
});

describe('AomLogSource.preview: the latest lines while the log is counted', () => {
  it('starts the walk, gives its first page, and the stream’s start shares that walk', async () => {
    const client = new FakeLogClient();
    client.print(5_000);
    const indexes = new AomIndexCache();
    const source = new AomLogSource(client, target, indexes);
    expect(await source.preview('tok')).toEqual(numbered(4_501, 5_000));
    const start = await source.read(source.origin, 'tok');
    expect(start.page?.lines[0]).toBe('line 1');
    // one walk: the latest page was read once for both
    expect(client.reads.filter((r) => r === 'latest')).toHaveLength(1);
    // indexed now: the stream starts at once, no preview
    expect(await source.preview('tok')).toBeUndefined();
  });

  it('joins a walk already under way (the stream’s start began it) and reads nothing more', async () => {
    const client = new FakeLogClient();
    client.print(5_000);
    const indexes = new AomIndexCache();
    const source = new AomLogSource(client, target, indexes);
    const start = source.read(source.origin, 'tok');
    expect(await source.preview('tok')).toEqual(numbered(4_501, 5_000));
    expect(client.reads.filter((r) => r === 'latest')).toHaveLength(1);
    await start;
  });

  it('a crowd opening a long log at once: one walk, every viewer the same preview and start', async () => {
    const client = new FakeLogClient();
    client.print(20_000);
    const indexes = new AomIndexCache();
    const viewers = Array.from({ length: 200 }, () => new AomLogSource(client, target, indexes));
    const [previews, starts] = await Promise.all([
      Promise.all(viewers.map((v) => v.preview('tok'))),
      Promise.all(viewers.map((v) => v.read(v.origin, 'tok'))),
    ]);
    expect(new Set(previews.map((p) => JSON.stringify(p))).size).toBe(1);
    expect(previews[0]).toEqual(numbered(19_501, 20_000));
    expect(new Set(starts.map((r) => JSON.stringify(r))).size).toBe(1);
    // one walk back (40 pages) for all of them, then each start reads its page once more at most
    expect(client.reads.filter((r) => r === 'latest')).toHaveLength(1);
    expect(client.queries.filter((q) => q.order === 'asc')).toHaveLength(40);
  });

  it('nothing to show for an empty log, nor when the walk fails (the stream says why)', async () => {
    const empty = new FakeLogClient();
    expect(await new AomLogSource(empty, target, new AomIndexCache()).preview('t')).toBeUndefined();
    const failing = new FakeLogClient();
    failing.print(10);
    failing.readAomLog = () => Promise.reject(new Error('upstream away'));
    expect(
      await new AomLogSource(failing, target, new AomIndexCache()).preview('t'),
    ).toBeUndefined();
  });

  it('without indexes a stream starts at the first page it finds: no preview', async () => {
    const client = new FakeLogClient();
    client.print(50);
    expect(await new AomLogSource(client, target).preview('t')).toBeUndefined();
    expect(client.reads).toEqual([]);
  });
});
