import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleClock, sampleTime } from './sample-times.js';

describe('sampleClock', () => {
  it('keeps the announced step when the samples fit the run', () => {
    // 10 minutes of a job sampled once a minute (the catalog's v2 rate)
    expect(
      sampleClock({ count: 10, startMs: 0 + 1, endMs: 600_001, nominalStepMs: 60_000 }),
    ).toEqual({ endMs: 600_001, stepMs: 60_000 });
  });

  it('shrinks the step when the upstream samples faster than announced', () => {
    // 31 samples over a 60 s run: one every 2 s, not one per minute
    const clock = sampleClock({ count: 31, startMs: 1000, endMs: 61_000, nominalStepMs: 60_000 });
    expect(clock.stepMs).toBe(2000);
    expect(sampleTime(clock, 0, 31)).toBe(1000);
    expect(sampleTime(clock, 30, 31)).toBe(61_000);
  });

  it('falls back to the announced step without a start, and to 1 s without a step', () => {
    expect(sampleClock({ count: 5, startMs: null, endMs: 9, nominalStepMs: 2000 }).stepMs).toBe(
      2000,
    );
    expect(sampleClock({ count: 5, startMs: 5, endMs: 100_000, nominalStepMs: 0 }).stepMs).toBe(
      1000,
    );
  });

  it('never places a sample before the start nor after the end (seeded)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 2e12 }),
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 1, max: 600_000 }),
        (count, startMs, span, nominal) => {
          const clock = sampleClock({
            count,
            startMs,
            endMs: startMs + span,
            nominalStepMs: nominal,
          });
          expect(sampleTime(clock, count - 1, count)).toBe(startMs + span);
          expect(sampleTime(clock, 0, count)).toBeGreaterThanOrEqual(startMs);
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });
});
