import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ModelArtsCallError } from '../../clients/modelarts-client.js';
import { FakeLogClient } from '../../test-support/fake-log-client.js';
import { RecordingSink, until } from '../../test-support/recording-sink.js';
import { AomLogSource } from './aom-log-source.js';
import { LogTailRegistry } from './log-tail-registry.js';

const target = { projectId: 'p', jobId: '1', versionId: '2', logFile: 'job-a.0' };

const expected = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`);

/** A viewer of the v1 log of `target`, from `after`. */
const open = (
  r: LogTailRegistry,
  client: FakeLogClient,
  after: string | undefined,
  sink: RecordingSink<number>,
) =>
  r.open({
    source: new AomLogSource(client, target),
    after,
    sink,
    token: () => 'tok',
    account: 'a',
  });

describe('LogTailRegistry', () => {
  let registry: LogTailRegistry;
  const make = (maxBufferedLines = 20_000) => {
    registry = new LogTailRegistry({
      intervalMs: 20,
      idleGraceMs: 10_000,
      logger: pino({ level: 'silent' }),
      maxBufferedLines,
    });
    return registry;
  };
  afterEach(() => registry?.closeAll());

  it('streams every line once, reads full pages at once, and ends after the terminal status', async () => {
    const client = new FakeLogClient();
    client.print(1234);
    const r = make();
    const sink = new RecordingSink<number>();
    open(r, client, undefined, sink);
    await until(() => sink.lines.length === 1234);
    client.print(10);
    client.status = 10;
    await until(() => sink.ended !== undefined);
    expect(sink.lines).toEqual(expected(1244));
    expect(sink.statuses).toEqual([8, 10]);
    expect(sink.ended).toBe(10);
    // documented cursors only: the latest page, back to the start with asc, then forward with desc
    const c = (i: number) => client.cursor(i);
    expect(client.reads.slice(0, 7)).toEqual([
      'latest',
      c(735),
      c(235),
      c(1),
      c(234),
      c(734),
      c(1234),
    ]);
    expect(client.reads).not.toContain('0');
  });

  it('streams the whole long log of a job that had already finished, then ends', async () => {
    const client = new FakeLogClient();
    client.print(1234);
    client.status = 10;
    const r = make();
    const sink = new RecordingSink<number>();
    open(r, client, undefined, sink);
    await until(() => sink.ended !== undefined);
    expect(sink.lines).toEqual(expected(1234));
    expect(sink.ended).toBe(10);
  });

  it('shares one poller between viewers and resumes from a Last-Event-ID with no loss or repeat', async () => {
    const client = new FakeLogClient();
    const r = make(700);
    const a = new RecordingSink<number>();
    const closeA = open(r, client, undefined, a);
    for (let i = 0; i < 12; i++) {
      client.print(97);
      await new Promise((res) => setTimeout(res, 15));
    }
    await until(() => a.lines.length === 1164);
    const resumeAt = a.ids.at(-1);
    closeA();
    const b = new RecordingSink<number>();
    open(r, client, undefined, b);
    client.print(300);
    const c = new RecordingSink<number>();
    open(r, client, resumeAt, c);
    client.status = 11;
    await until(() => b.ended !== undefined && c.ended !== undefined);
    expect(b.lines).toEqual(expected(1464));
    expect(c.lines).toEqual(expected(1464).slice(1164));
    expect(r.stats()).toMatchObject({ shared: 1, private: 0, privateStarted: 0 });
    // b replayed evicted pages with exact re-reads; the first page's starts with a one-line probe
    // for the line after it (its own start has no cursor before it).
    expect(
      client.queries.filter((q) => q.lines === 1 && q.order === 'desc').length,
    ).toBeGreaterThanOrEqual(1);
    expect(client.reads).not.toContain('0');
  });

  it('serves a cursor that is no page boundary from a private poller, exactly', async () => {
    const client = new FakeLogClient();
    client.print(50);
    const r = make();
    const a = new RecordingSink<number>();
    open(r, client, undefined, a);
    await until(() => a.lines.length === 50);
    const b = new RecordingSink<number>();
    open(r, client, client.cursor(17), b);
    expect(r.stats().private).toBe(1);
    client.status = 10;
    await until(() => b.ended !== undefined);
    expect(b.lines).toEqual(expected(50).slice(17));
  });

  it('ends a resume from a cursor the upstream never issued with its 400, and frees the poller', async () => {
    const client = new FakeLogClient();
    client.print(20);
    const r = make();
    const sink = new RecordingSink<number>();
    open(r, client, '123', sink);
    await until(() => sink.errors.length === 1);
    expect(sink.errors[0]).toMatchObject({ error_code: 'ModelArts.0101' });
    expect(sink.lines).toEqual([]);
    await until(() => r.stats().private === 0);
  });

  it('gives a viewer without Last-Event-ID the whole log when the poller was rooted at a resume', async () => {
    const client = new FakeLogClient();
    client.print(30);
    const r = make();
    const resumed = new RecordingSink<number>();
    open(r, client, client.cursor(17), resumed);
    const fresh = new RecordingSink<number>();
    open(r, client, undefined, fresh);
    client.status = 10;
    await until(() => resumed.ended !== undefined && fresh.ended !== undefined);
    expect(resumed.lines).toEqual(expected(30).slice(17));
    expect(fresh.lines).toEqual(expected(30));
  });

  it('sends an error event when the upstream says the job is gone', async () => {
    const client = new FakeLogClient();
    const gone = { error_code: 'ModelArts.2775', error_msg: 'TrainingJobNotFound' };
    client.versionStatus = () => Promise.reject(new ModelArtsCallError(404, gone, false));
    const r = make();
    const sink = new RecordingSink<number>();
    open(r, client, undefined, sink);
    await until(() => sink.errors.length === 1);
    expect(sink.errors).toEqual([gone]);
  });
});
