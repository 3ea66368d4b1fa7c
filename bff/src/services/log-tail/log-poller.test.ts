import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AomPage, LogTarget } from '../../clients/modelarts-client.js';
import { ModelArtsCallError } from '../../clients/modelarts-error.js';
import { FakeLogClient } from '../../test-support/fake-log-client.js';
import { RecordingSink } from '../../test-support/recording-sink.js';
import { AomLogSource } from './aom-log-source.js';
import { LogTailRegistry } from './log-tail-registry.js';

const target = { projectId: 'p', jobId: '1', versionId: '2', logFile: 'job-a.0' };
const lines = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `line ${from + i}`);

const err = (status: number, code: string, retryAfterMs?: number) =>
  new ModelArtsCallError(
    status,
    { error_code: code, error_msg: `upstream ${status}` },
    status >= 500 || status === 429,
    retryAfterMs,
  );
const THROTTLED = (retryAfterMs?: number) => err(429, 'ModelArts.2799', retryAfterMs);
const DOWN = () => err(502, 'Console.0502');
const EXPIRED = () => err(401, 'ModelArts.0202');

/** A FakeLogClient whose requests (status and log reads) fail while `failing` says so (given the token). */
class FlakyLogClient extends FakeLogClient {
  failing: (token: string) => ModelArtsCallError | undefined = () => undefined;
  /** Fake-clock times of every upstream request (status read or log read). */
  readonly rounds: number[] = [];
  /** Tokens whose aom-log reads (re-reads of evicted pages included) are refused with 401. */
  readonly refusedReads = new Set<string>();
  override versionStatus(t: LogTarget, token: string): Promise<number> {
    this.rounds.push(Date.now());
    const e = this.failing(token);
    return e ? Promise.reject(e) : super.versionStatus(t, token);
  }
  override readAomLog(
    t: LogTarget,
    token: string,
    q: { baseLine: string; lines: number; order: 'asc' | 'desc' },
  ): Promise<AomPage> {
    if (this.refusedReads.has(token)) return Promise.reject(EXPIRED());
    this.rounds.push(Date.now());
    const e = this.failing(token);
    if (e) return Promise.reject(e);
    return super.readAomLog(t, token, q);
  }
}

describe('LogPoller: transient failures back off within a time budget (fake timers)', () => {
  let registry: LogTailRegistry;
  let client: FlakyLogClient;
  const T0 = 1_000_000;
  const make = (o: { intervalMs: number; retryBudgetMs: number; maxBufferedLines?: number }) => {
    registry = new LogTailRegistry({
      ...o,
      idleGraceMs: 60_000,
      logger: pino({ level: 'silent' }),
    });
    return registry;
  };
  const open = (sink: RecordingSink<number>, token = 'tok', onUnauthorized?: () => void) =>
    registry.open({
      source: new AomLogSource(client, target),
      after: undefined,
      sink,
      token: () => token,
      account: token,
      ...(onUnauthorized ? { onUnauthorized } : {}),
    });
  const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
    client = new FlakyLogClient();
  });
  afterEach(() => {
    registry?.closeAll();
    vi.useRealTimers();
  });

  it('waits out a 429 for at least its Retry-After, then reads on from the same cursor', async () => {
    make({ intervalMs: 1_000, retryBudgetMs: 120_000 });
    client.print(5);
    const sink = new RecordingSink<number>();
    open(sink);
    await advance(0);
    expect(sink.lines).toEqual(lines(1, 5));
    const head = client.cursor(5);

    let throttle = 1;
    client.failing = () => (throttle-- > 0 ? THROTTLED(5_000) : undefined);
    client.print(3);
    await advance(1_000); // next round: 429
    expect(client.rounds.at(-1)).toBe(T0 + 1_000);
    expect(sink.retries).toEqual([
      { body: { error_code: 'ModelArts.2799', error_msg: 'upstream 429' }, delayMs: 5_000 },
    ]);
    await advance(4_999);
    expect(client.rounds.at(-1)).toBe(T0 + 1_000);
    await advance(1);
    expect(client.rounds.at(-1)).toBe(T0 + 6_000); // the status (the log has been quiet)
    await advance(1_000); // then the log, one slot later
    expect(client.rounds.at(-1)).toBe(T0 + 7_000);
    expect(sink.lines).toEqual(lines(1, 8));
    expect(client.reads.at(-1)).toBe(head);
    expect(sink.errors).toEqual([]);
  });

  it('backs off from the interval up to 10 s and gives up only after the budget, not a count', async () => {
    make({ intervalMs: 100, retryBudgetMs: 60_000 });
    client.print(2);
    const sink = new RecordingSink<number>();
    open(sink);
    await advance(0);
    client.failing = () => DOWN();
    await advance(100); // first failing round at T0 + 100
    const since = T0 + 100;
    await advance(since + 59_999 - Date.now());
    expect(sink.errors).toEqual([]);
    // More than the 10 failures the poller used to allow (waits of at most 0.1 + 0.2 + … + 6.4 s,
    // then 10 s: at least 11 in 60 s), each wait within the backoff range.
    expect(sink.retries.length).toBeGreaterThan(10);
    sink.retries.forEach(({ delayMs }, i) => {
      expect(delayMs).toBeLessThanOrEqual(Math.min(10_000, 100 * 2 ** i));
      if (i < 5) expect(delayMs).toBeGreaterThanOrEqual(50 * 2 ** i);
    });
    // The last wait is cut to end on the deadline; the poll schedule keeps one interval (100 ms)
    // between two requests, so when the attempt before came less than that before the deadline,
    // the last one is that much later (the jitter decides which): it fails, and the poller stops.
    await advance(101);
    const last = client.rounds.at(-1) ?? 0;
    expect(last).toBeGreaterThanOrEqual(since + 60_000);
    expect(last).toBeLessThanOrEqual(since + 60_000 + 100);
    expect(sink.errors).toEqual([{ error_code: 'Console.0502', error_msg: 'upstream 502' }]);
    const rounds = client.rounds.length;
    await advance(10_000);
    expect(client.rounds).toHaveLength(rounds);
    expect(sink.lines).toEqual(lines(1, 2));
  });

  it('starts the budget over after a success, and loses or repeats no line across outages', async () => {
    make({ intervalMs: 1_000, retryBudgetMs: 30_000 });
    const sink = new RecordingSink<number>();
    open(sink);
    for (let outage = 0; outage < 3; outage++) {
      client.print(700); // more than a page: the poller reads on at once after recovering
      client.failing = () => DOWN();
      await advance(25_000);
      client.failing = () => undefined;
      await advance(11_000);
      expect(sink.errors).toEqual([]);
    }
    expect(sink.lines).toEqual(lines(1, 2_100));
    expect(new Set(sink.ids).size).toBe(sink.ids.length);
  });

  it('does not count a pause (no viewer attached) as part of a failure', async () => {
    make({ intervalMs: 1_000, retryBudgetMs: 30_000 });
    client.print(2);
    client.failing = () => DOWN();
    const first = new RecordingSink<number>();
    const close = open(first);
    await advance(25_000);
    close(); // the poller is kept for reconnects, paused
    await advance(40_000);
    const again = new RecordingSink<number>();
    open(again);
    await advance(20_000);
    expect(again.errors).toEqual([]);
    client.failing = () => undefined;
    await advance(11_000);
    expect(again.lines).toEqual(lines(1, 2));
  });

  it('ends at once on an error a retry cannot fix', async () => {
    make({ intervalMs: 1_000, retryBudgetMs: 120_000 });
    const sink = new RecordingSink<number>();
    client.failing = () => err(404, 'ModelArts.2775');
    open(sink);
    await advance(0);
    expect(sink.errors).toEqual([{ error_code: 'ModelArts.2775', error_msg: 'upstream 404' }]);
    expect(sink.retries).toEqual([]);
    expect(client.rounds).toHaveLength(1);
  });

  it('ends only the viewer whose token the upstream rejects (Console.0401), and tells its session', async () => {
    make({ intervalMs: 1_000, retryBudgetMs: 120_000 });
    client.print(3);
    const a = new RecordingSink<number>();
    const b = new RecordingSink<number>();
    const ended: string[] = [];
    open(a, 'tok-a', () => ended.push('a'));
    open(b, 'tok-b', () => ended.push('b'));
    await advance(0);
    client.failing = (token) => (token === 'tok-a' ? EXPIRED() : undefined);
    client.print(2);
    await advance(1_000);
    expect(a.errors).toEqual([
      { error_code: 'Console.0401', error_msg: 'The session has ended; sign in again' },
    ]);
    expect(ended).toEqual(['a']);
    // One interval later the quiet log's status is due (one slot), the next slot reads the log.
    await advance(2_000);
    expect(b.errors).toEqual([]);
    expect(b.lines).toEqual(lines(1, 5));
    expect(registry.stats().viewers).toBe(1);
  });

  it('ends a viewer whose token is refused while it re-reads evicted pages', async () => {
    make({ intervalMs: 1_000, retryBudgetMs: 120_000, maxBufferedLines: 500 });
    client.print(1_200);
    const a = new RecordingSink<number>();
    open(a, 'tok-a');
    await advance(0);
    expect(a.lines).toHaveLength(1_200);
    client.refusedReads.add('tok-b');
    const b = new RecordingSink<number>();
    const ended: string[] = [];
    open(b, 'tok-b', () => ended.push('b'));
    await advance(0);
    expect(b.errors.map((e) => e.error_code)).toEqual(['Console.0401']);
    expect(ended).toEqual(['b']);
    expect(a.errors).toEqual([]);
  });
});
