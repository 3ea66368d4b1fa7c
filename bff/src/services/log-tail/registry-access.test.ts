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
    r.open({ source: source(), after: undefined, sink: a, token: () => aToken });
    r.open({ source: source(), after: undefined, sink: b, token: () => 'token-b' });
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
      });
    const first = new RecordingSink<number>();
    const close1 = open('1', first);
    // A second viewer of the same log shares the poller: no new budget needed.
    open('1', new RecordingSink<number>());
    expect(() => r.assertCapacity(new AomLogSource(client, target('2')).key)).toThrow(
      TooManyRequestsError,
    );
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

  it('counts private pollers against the budget too', async () => {
    const client = new FakeLogClient();
    client.print(20);
    const budget = new PollerBudget(2);
    const r = make(budget);
    const source = () => new AomLogSource(client, target());
    const a = new RecordingSink<number>();
    r.open({ source: source(), after: undefined, sink: a, token: () => 'tok' });
    await until(() => a.lines.length === 20);
    const privateSink = new RecordingSink<number>();
    const closePrivate = r.open({
      source: source(),
      after: client.cursor(7),
      sink: privateSink,
      token: () => 'tok',
    });
    expect(r.stats().private).toBe(1);
    expect(() =>
      r.open({ source: source(), after: client.cursor(9), sink: a, token: () => 'tok' }),
    ).toThrow(TooManyRequestsError);
    closePrivate();
    expect(budget.inUse).toBe(1);
    expect(r.stats().private).toBe(0);
  });
});
