import { describe, expect, it } from 'vitest';
import { PollBackoff } from './poll-backoff.js';

describe('PollBackoff', () => {
  const make = () => new PollBackoff({ initialMs: 1_000, maxMs: 10_000, budgetMs: 60_000 });

  it('grows from the interval to the maximum with half jitter', () => {
    const b = make();
    const ranges = [1_000, 2_000, 4_000, 8_000, 10_000, 10_000, 10_000];
    let now = 0;
    for (const top of ranges) {
      const d = b.failed(0, now) ?? -1;
      expect(d).toBeGreaterThanOrEqual(top / 2);
      expect(d).toBeLessThanOrEqual(top);
      now += d;
    }
  });

  it('waits at least Retry-After, but never past the end of the budget', () => {
    const b = make();
    expect(b.failed(7_000, 0)).toBe(7_000);
    expect(b.failed(30_000, 10_000)).toBe(30_000);
    // 55 s into the failures: only 5 s of the budget are left for the last attempt.
    expect(b.failed(30_000, 55_000)).toBe(5_000);
    expect(b.failed(0, 60_000)).toBeUndefined();
  });

  it('gives up after the time budget, whatever the count, and starts over after a success', () => {
    const b = make();
    let now = 0;
    let attempts = 0;
    for (;;) {
      const d = b.failed(0, now);
      if (d === undefined) break;
      attempts += 1;
      now += d;
    }
    expect(now).toBe(60_000);
    expect(attempts).toBeGreaterThan(6);
    b.reset();
    expect(b.failingSince).toBeUndefined();
    const first = b.failed(0, now) ?? -1;
    expect(first).toBeGreaterThanOrEqual(500);
    expect(first).toBeLessThanOrEqual(1_000);
    expect(b.failingSince).toBe(60_000);
  });
});
