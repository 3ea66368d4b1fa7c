import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JobPacer } from './job-pacer.js';

describe('JobPacer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** Asks for `n` turns at once; returns the order in which they were granted and when. */
  function ask(p: JobPacer, n: number) {
    const granted: { who: number; at: number }[] = [];
    const start = Date.now();
    const turns = Array.from({ length: n }, (_, who) => {
      const t = p.take();
      void t.granted.then(() => granted.push({ who, at: Date.now() - start }));
      return t;
    });
    return { granted, turns };
  }

  it('grants the start credits at once, then one request per interval, first come first served', async () => {
    const p = new JobPacer(500);
    p.join(); // one log: its first status and log reads go out together
    const { granted } = ask(p, 6);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toEqual([
      { who: 0, at: 0 },
      { who: 1, at: 0 },
    ]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(granted.map((g) => g.who)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(granted.map((g) => g.at)).toEqual([0, 0, 500, 1000, 1500, 2000]);
  });

  it('saves at most one request while nobody asks, and caps the credits of logs that join', async () => {
    const p = new JobPacer(100);
    for (let i = 0; i < 40; i++) p.join(); // 80 credits asked, 32 kept
    await vi.advanceTimersByTimeAsync(10_000);
    const { granted } = ask(p, 40);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(32);
    await vi.advanceTimersByTimeAsync(800);
    expect(granted).toHaveLength(40);
  });

  it('a cancelled turn gives its place up; dispose lets every waiter go', async () => {
    const p = new JobPacer(1000);
    const { granted, turns } = ask(p, 3);
    turns[0]?.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    // the cancelled one resolved at once, the next one in line got the first request
    expect(granted.map((g) => g.who)).toEqual([0, 1]);
    expect(p.queued).toBe(1);
    p.dispose();
    await vi.advanceTimersByTimeAsync(0);
    expect(granted.map((g) => g.who)).toEqual([0, 1, 2]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
