import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { AomPage, LogTarget } from '../../clients/modelarts-client.js';
import { TooManyRequestsError } from '../../errors.js';
import { FakeLogClient } from '../../test-support/fake-log-client.js';
import { RecordingSink, until } from '../../test-support/recording-sink.js';
import { AomLogSource } from './aom-log-source.js';
import { LogTailRegistry } from './log-tail-registry.js';
import { PollerBudget } from './poller-budget.js';

/** A FakeLogClient that remembers the token of every upstream call. */
class TokenRecordingClient extends FakeLogClient {
  readonly tokens: string[] = [];
  override versionStatus(t: LogTarget, token: string): Promise<number> {
    this.tokens.push(token);
    return super.versionStatus(t, token);
  }
  override readAomLog(
    t: LogTarget,
    token: string,
    q: { baseLine: string; lines: number; order: 'asc' | 'desc' },
  ): Promise<AomPage> {
    this.tokens.push(token);
    return super.readAomLog(t, token, q);
  }
}

const target = (jobId = '1') => ({ projectId: 'p', jobId, versionId: '2', logFile: 'job-a.0' });
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('LogTailRegistry: tokens and limits', () => {
  let registry: LogTailRegistry;
  const make = (budget?: PollerBudget) => {
    registry = new LogTailRegistry({
      intervalMs: 10,
      idleGraceMs: 10_000,
      logger: pino({ level: 'silent' }),
      ...(budget ? { budget } : {}),
    });
    return registry;
  };
  afterEach(() => registry?.closeAll());

  it('reads only with tokens of attached viewers, from the first read on, and pauses without one', async () => {
    const client = new TokenRecordingClient();
    client.print(5);
    const r = make();
    const a = new RecordingSink<number>();
    const closeA = r.open({
      source: new AomLogSource(client, target()),
      after: undefined,
      sink: a,
      token: () => 'token-a',
      account: 'a',
    });
    await until(() => a.lines.length === 5);
    expect(client.tokens.length).toBeGreaterThan(0);
    expect(new Set(client.tokens)).toEqual(new Set(['token-a']));
    closeA();
    await tick(30);
    client.tokens.length = 0;
    await tick(60);
    // Idle (kept for reconnects): no viewer, so no token and no upstream call at all.
    expect(client.tokens).toEqual([]);

    const b = new RecordingSink<number>();
    r.open({
      source: new AomLogSource(client, target()),
      after: undefined,
      sink: b,
      token: () => 'token-b',
      account: 'b',
    });
    client.print(2);
    await until(() => b.lines.length === 7);
    expect(new Set(client.tokens)).toEqual(new Set(['token-b']));
    expect(r.stats().shared).toBe(1);
  });

  it('closes a viewer whose session ended with Console.0401 and goes on for the others', async () => {
    const client = new TokenRecordingClient();
    client.print(3);
    const r = make();
    let aToken: string | undefined = 'token-a';
    const a = new RecordingSink<number>();
    const b = new RecordingSink<number>();
    const source = () => new AomLogSource(client, target());
    r.open({ source: source(), after: undefined, sink: a, token: () => aToken, account: 'a' });
    r.open({ source: source(), after: undefined, sink: b, token: () => 'token-b', account: 'b' });
    await until(() => a.lines.length === 3 && b.lines.length === 3);
    aToken = undefined;
    await until(() => a.errors.length === 1);
    expect(a.errors[0]?.error_code).toBe('Console.0401');
    expect(r.stats().viewers).toBe(1);
    client.tokens.length = 0;
    client.print(2);
    client.status = 10;
    await until(() => b.ended !== undefined);
    expect(b.lines).toHaveLength(5);
    expect(a.lines).toHaveLength(3);
    expect(new Set(client.tokens)).toEqual(new Set(['token-b']));
  });

  it('refuses a poller beyond the budget with 429, and lets an idle one give way', async () => {
    const client = new FakeLogClient();
    client.print(1);
    const budget = new PollerBudget(1);
    const r = make(budget);
    const open = (jobId: string, sink: RecordingSink<number>) =>
      r.open({
        source: new AomLogSource(client, target(jobId)),
        after: undefined,
        sink,
        token: () => 'tok',
        account: 'a',
      });
    const first = new RecordingSink<number>();
    const close1 = open('1', first);
    // A second viewer of the same log shares the poller: no new budget needed.
    open('1', new RecordingSink<number>());
    const other = { source: new AomLogSource(client, target('2')), after: undefined, account: 'a' };
    expect(() => r.assertCapacity(other)).toThrow(TooManyRequestsError);
    expect(() => open('2', new RecordingSink<number>())).toThrow(TooManyRequestsError);
    expect(budget.inUse).toBe(1);
    close1();
    r.closeAll();
    expect(budget.inUse).toBe(0);
    const idle = open('3', new RecordingSink<number>());
    idle(); // kept for reconnects only
    const second = new RecordingSink<number>();
    open('4', second);
    await until(() => second.lines.length === 1);
    expect(r.stats().shared).toBe(1);
    expect(budget.inUse).toBe(1);
  });

  it('an exact (private) poller shares the slot of its followed job; a new job takes one', async () => {
    const client = new FakeLogClient();
    client.print(20);
    const budget = new PollerBudget(2);
    const r = make(budget);
    const open = (jobId: string, after?: string, sink = new RecordingSink<number>()) =>
      r.open({
        source: new AomLogSource(client, target(jobId)),
        after,
        sink,
        token: () => 'tok',
        account: 'a',
      });
    const a = new RecordingSink<number>();
    open('1', undefined, a);
    await until(() => a.lines.length === 20);
    const closePrivate = open('1', client.cursor(7));
    expect(r.stats().private).toBe(1);
    expect(budget.inUse).toBe(1);
    open('2');
    expect(budget.inUse).toBe(2);
    expect(() => open('3')).toThrow(TooManyRequestsError);
    closePrivate();
    expect(budget.inUse).toBe(2);
    expect(r.stats().private).toBe(0);
  });

  it('caps followed jobs per account (any number of logs each); idle jobs give way; joining is free', async () => {
    const client = new FakeLogClient();
    client.print(20);
    const budget = new PollerBudget(100, 2);
    const r = make(budget);
    const open = (
      account: string,
      jobId: string,
      after?: string,
      sink = new RecordingSink<number>(),
      file = 'job-a.0',
    ) =>
      r.open({
        source: new AomLogSource(client, { ...target(jobId), logFile: file }),
        after,
        sink,
        token: () => `tok-${account}`,
        account,
      });
    const first = new RecordingSink<number>();
    const closeShared = open('eve', '1', undefined, first);
    await until(() => first.lines.length === 20);
    open('eve', '1', client.cursor(20)); // the head: joins the shared poller
    open('eve', '1', client.cursor(7)); // no boundary yet: private, in job 1's slot
    open('eve', '1', undefined, undefined, 'job-a.1'); // another log of job 1: same slot
    expect(budget.inUseBy('eve')).toBe(1);
    open('eve', '2');
    expect(budget.inUseBy('eve')).toBe(2);
    expect(() => open('eve', '3')).toThrow(/at most 2 jobs' logs at once/);
    const ask = { source: new AomLogSource(client, target('3')), after: undefined };
    expect(() => r.assertCapacity({ ...ask, account: 'eve' })).toThrow(TooManyRequestsError);
    // a log of a followed job needs no new slot, at the cap too
    const file2 = { ...target('1'), logFile: 'job-a.2' };
    r.assertCapacity({ source: new AomLogSource(client, file2), after: undefined, account: 'eve' });
    // Joining costs nothing (another account's job too); another account is not affected.
    open('frank', '1', client.cursor(9));
    r.assertCapacity({ ...ask, account: 'frank' });
    const closeFrank3 = open('frank', '3');
    open('frank', '4');
    expect([budget.inUseBy('eve'), budget.inUseBy('frank'), budget.inUse]).toEqual([2, 2, 4]);

    // eve's first viewer leaves, but job 1 still has viewers: it keeps its slot.
    closeShared();
    expect(() => open('eve', '5')).toThrow(TooManyRequestsError);
    // frank's job 3 is idle (kept for reconnects only): it gives way to his job 5.
    closeFrank3();
    open('frank', '5');
    expect([budget.inUseBy('eve'), budget.inUseBy('frank'), budget.inUse]).toEqual([2, 2, 4]);
    expect(r.stats()).toMatchObject({ shared: 5, private: 2 });
  });
});
