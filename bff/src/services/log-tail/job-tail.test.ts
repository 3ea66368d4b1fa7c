import type { ConsoleErrorBody } from '@console/shared';
import { describe, expect, it } from 'vitest';
import { TooManyRequestsError } from '../../errors.js';
import { openJobTail, type JobSink, type JobWorker } from './job-tail.js';
import type { LogSource } from './log-source.js';
import type { LogSink } from './log-viewer.js';
import type { OpenViewer, TailRegistry } from './tail-registry.js';

/** A registry that hands each opened worker's sink to the test. */
class Sinks implements TailRegistry<string> {
  readonly sinks: LogSink<string>[] = [];
  detached = 0;
  refuseAt = -1;
  stats = () => ({ shared: 0, viewers: 0, private: 0, privateStarted: 0 });
  assertCapacity(): void {}
  open(v: OpenViewer<string>): () => void {
    if (this.sinks.length === this.refuseAt) throw new TooManyRequestsError('budget');
    this.sinks.push(v.sink);
    return () => (this.detached += 1);
  }
  handOver = () => Promise.resolve();
  closeAll(): void {}
}

const source = { sameStatus: (a: string, b: string) => a === b } as LogSource<string>;
const workers = (n: number): JobWorker<string>[] =>
  Array.from({ length: n }, (_, i) => ({ name: `w${i}`, source, after: undefined }));

function recorder() {
  const events: unknown[][] = [];
  const sink: JobSink<string> = {
    log: (id, worker, lines) => events.push(['log', id, worker, lines]),
    status: (s) => events.push(['status', s]),
    end: (s) => events.push(['end', s]),
    workerError: (w, b: ConsoleErrorBody) => events.push(['workerError', w, b.error_code]),
    error: (b) => events.push(['error', b.error_code]),
    retrying: () => undefined,
    preview: (worker, lines) => events.push(['preview', worker, lines]),
  };
  return { events, sink };
}

const common = { account: 'a', token: () => 't' };

/** A source whose preview the test answers (`answer`), counting the tokens it was asked with. */
function previewing() {
  let answer: (lines: string[] | undefined) => void = () => undefined;
  const tokens: string[] = [];
  const src = {
    ...source,
    preview: (token: string) => {
      tokens.push(token);
      return new Promise<string[] | undefined>((r) => (answer = r));
    },
  } as LogSource<string>;
  return { src, tokens, answer: (lines: string[] | undefined) => answer(lines) };
}
const settled = () => new Promise((r) => setImmediate(r));

describe('openJobTail: previews while a worker finds where to start', () => {
  it('sends a new viewer a worker’s latest lines before its first log event, with the viewer’s token', async () => {
    const reg = new Sinks();
    const { events, sink } = recorder();
    const p = previewing();
    await openJobTail({
      ...common,
      registry: reg,
      workers: [{ name: 'w0', source: p.src, after: undefined }],
      sink,
    });
    expect(p.tokens).toEqual(['t']);
    p.answer(['l9', 'l10']);
    await settled();
    reg.sinks[0]?.log('10', ['[skip]', 'l9', 'l10']);
    expect(events).toEqual([
      ['preview', 'w0', ['l9', 'l10']],
      ['log', '0:10', 'w0', ['[skip]', 'l9', 'l10']],
    ]);
  });

  it('drops a preview that comes after the worker’s first lines, or that has nothing', async () => {
    const reg = new Sinks();
    const { events, sink } = recorder();
    const a = previewing();
    const b = previewing();
    const ws = [
      { name: 'w0', source: a.src, after: undefined },
      { name: 'w1', source: b.src, after: undefined },
    ];
    await openJobTail({ ...common, registry: reg, workers: ws, sink });
    reg.sinks[0]?.log('3', ['x']);
    a.answer(['late']);
    b.answer(undefined);
    await settled();
    expect(events).toEqual([['log', '0:3', 'w0', ['x']]]);
  });

  it('asks no preview of a worker that resumes from a cursor, nor after the stream is over', async () => {
    const reg = new Sinks();
    const { events, sink } = recorder();
    const a = previewing();
    const b = previewing();
    const ws = [
      { name: 'w0', source: a.src, after: '5' },
      { name: 'w1', source: b.src, after: undefined },
    ];
    const detach = await openJobTail({ ...common, registry: reg, workers: ws, sink });
    expect(a.tokens).toEqual([]);
    expect(b.tokens).toEqual(['t']);
    detach();
    b.answer(['l1']);
    await settled();
    expect(events).toEqual([]);
  });
});

describe('openJobTail', () => {
  it('ids carry every worker’s cursor; the status is news only when a worker sees it change', async () => {
    const reg = new Sinks();
    const { events, sink } = recorder();
    await openJobTail({ ...common, registry: reg, workers: workers(3), sink });
    const [a, b, c] = reg.sinks as [LogSink<string>, LogSink<string>, LogSink<string>];
    a.status('Running');
    b.status('Running');
    a.log('10', ['a1']);
    c.log('7', ['c1']);
    a.status('Completed');
    c.status('Running'); // a late joiner's older status: not news
    b.status('Completed');
    a.end('Completed');
    b.end('Completed');
    c.error({ error_code: 'ModelArts.2819', error_msg: 'cleared' });
    expect(events).toEqual([
      ['status', 'Running'],
      ['log', '0:10', 'w0', ['a1']],
      ['log', '0:10,2:7', 'w2', ['c1']],
      ['status', 'Completed'],
      ['workerError', 'w2', 'ModelArts.2819'],
      ['end', 'Completed'],
    ]);
  });

  it('resumes each worker from its own cursor and ends the whole stream when the session does', async () => {
    const reg = new Sinks();
    const { events, sink } = recorder();
    const ws = workers(2).map((w, i) => ({ ...w, after: i === 1 ? '99' : undefined }));
    const detach = await openJobTail({ ...common, registry: reg, workers: ws, sink });
    reg.sinks[0]?.log('5', ['x']);
    expect(events).toEqual([['log', '0:5,1:99', 'w0', ['x']]]);
    reg.sinks[1]?.error({ error_code: 'Console.0401', error_msg: 'ended' });
    reg.sinks[0]?.log('6', ['late']);
    expect(events.at(-1)).toEqual(['error', 'Console.0401']);
    detach();
    expect(reg.detached).toBe(2);
  });

  it('detaches the workers it opened when one is refused', async () => {
    const reg = new Sinks();
    reg.refuseAt = 2;
    const { sink } = recorder();
    await expect(
      openJobTail({ ...common, registry: reg, workers: workers(4), sink }),
    ).rejects.toThrow(TooManyRequestsError);
    expect(reg.detached).toBe(2);
  });

  it('says nothing after the end: late lines, errors and retries of a worker are dropped', async () => {
    const reg = new Sinks();
    const { events, sink } = recorder();
    const retries: number[] = [];
    sink.retrying = (_b, delayMs) => retries.push(delayMs);
    await openJobTail({ ...common, registry: reg, workers: workers(2), sink });
    const [a, b] = reg.sinks as [LogSink<string>, LogSink<string>];
    a.status('Running');
    a.retrying({ error_code: 'ModelArts.2799', error_msg: 'busy' }, 250);
    expect(retries).toEqual([250]);
    // the last worker's end brings the job's last status; one with none keeps the one before
    a.end('Completed');
    b.end(undefined);
    expect(events.at(-1)).toEqual(['end', 'Completed']);
    const seen = events.length;
    a.log('9', ['late']);
    b.error({ error_code: 'ModelArts.2819', error_msg: 'cleared' });
    b.retrying({ error_code: 'ModelArts.2799', error_msg: 'busy' }, 500);
    b.status('Failed');
    expect(events).toHaveLength(seen);
    expect(retries).toEqual([250]);
  });

  it('a worker’s end with no status of its own keeps the status seen before', async () => {
    const reg = new Sinks();
    const { events, sink } = recorder();
    await openJobTail({ ...common, registry: reg, workers: workers(1), sink });
    reg.sinks[0]?.status('Running');
    reg.sinks[0]?.end(undefined);
    expect(events).toEqual([
      ['status', 'Running'],
      ['end', 'Running'],
    ]);
  });

  it('stops opening workers once the session has ended while opening, and detaches those opened', async () => {
    const reg = new Sinks();
    const open = reg.open.bind(reg);
    // the first worker's viewer finds the session over as it attaches
    reg.open = (v) => {
      const detach = open(v);
      if (reg.sinks.length === 1) v.sink.error({ error_code: 'Console.0401', error_msg: 'ended' });
      return detach;
    };
    const { events, sink } = recorder();
    await openJobTail({ ...common, registry: reg, workers: workers(3), sink });
    expect(reg.sinks).toHaveLength(1);
    expect(reg.detached).toBe(1);
    expect(events).toEqual([['error', 'Console.0401']]);
  });
});
