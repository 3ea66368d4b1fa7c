import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConcurrencyLimiter, LimiterRejectedError } from './limiter.js';

/** A call that runs until released. */
function gate() {
  let release!: () => void;
  const done = new Promise<void>((r) => (release = r));
  return { release, fn: () => done };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('ConcurrencyLimiter', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('runs at most maxActive at once and starts the rest in arrival order', async () => {
    const l = new ConcurrencyLimiter({ maxActive: 2, maxQueue: 10, maxWaitMs: 10_000 });
    const gates = [gate(), gate(), gate(), gate()];
    const started: number[] = [];
    const runs = gates.map((g, i) => l.run(async () => (started.push(i), g.fn())));
    await settle();
    expect(started).toEqual([0, 1]);
    expect([l.active, l.queued]).toEqual([2, 2]);
    gates[1]?.release();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    expect([l.active, l.queued]).toEqual([2, 1]);
    gates.forEach((g) => g.release());
    await Promise.all(runs);
    expect(started).toEqual([0, 1, 2, 3]);
    expect([l.active, l.queued]).toEqual([0, 0]);
  });

  it('refuses a call at once when the queue is full', async () => {
    const l = new ConcurrencyLimiter({ maxActive: 1, maxQueue: 1, maxWaitMs: 10_000 });
    const g = gate();
    const first = l.run(g.fn);
    const second = l.run(async () => 'second');
    await expect(l.run(async () => 'third')).rejects.toEqual(new LimiterRejectedError('full'));
    g.release();
    await first;
    expect(await second).toBe('second');
  });

  it('gives up on a call that waited longer than maxWaitMs and frees its place', async () => {
    const l = new ConcurrencyLimiter({ maxActive: 1, maxQueue: 1, maxWaitMs: 1_000 });
    const g = gate();
    const first = l.run(g.fn);
    const waiting = l.run(async () => 'never');
    const seen = waiting.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(999);
    expect(l.queued).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await seen).toEqual(new LimiterRejectedError('timeout'));
    expect(l.queued).toBe(0);
    g.release();
    await first;
    expect(l.active).toBe(0);
  });

  it('lets a waiting call leave the queue when its signal aborts; it never runs', async () => {
    const l = new ConcurrencyLimiter({ maxActive: 1, maxQueue: 1, maxWaitMs: 10_000 });
    const g = gate();
    const first = l.run(g.fn);
    const ac = new AbortController();
    const ran = vi.fn(async () => 'ran');
    const aborted = l.run(ran, ac.signal).catch((e: unknown) => e);
    ac.abort(new Error('browser gone'));
    expect(await aborted).toEqual(new Error('browser gone'));
    expect(l.queued).toBe(0);
    const next = l.run(async () => 'next');
    g.release();
    await first;
    expect(await next).toBe('next');
    expect(ran).not.toHaveBeenCalled();
    expect(l.active).toBe(0);
  });

  it('does not start a call whose signal is already aborted, and frees the slot of a failed call', async () => {
    const l = new ConcurrencyLimiter({ maxActive: 1, maxQueue: 0, maxWaitMs: 10 });
    await expect(l.run(async () => 1, AbortSignal.abort(new Error('gone')))).rejects.toThrow(
      'gone',
    );
    await expect(l.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await l.run(async () => 2)).toBe(2);
  });
});
