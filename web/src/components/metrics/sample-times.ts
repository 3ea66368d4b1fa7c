/** Where a job's samples sit on the clock. */
export interface SampleClock {
  /** Epoch ms of the last sample: the job's end, or the moment the data was read while it runs. */
  endMs: number;
  /** Ms between two samples. */
  stepMs: number;
}

/**
 * The clock of `count` samples of a run that started at `startMs` and whose data was read at
 * `endMs` (start + duration, both APIs report them). Neither API stamps its samples: they are one
 * per `nominalStepMs` (v1: `interval`, v2: one per minute per the catalog §4.10), the newest at
 * the end. An upstream that samples faster than announced (the emulator's v2 every few seconds)
 * would then reach back before the start: the step is shrunk to fit the run instead.
 */
export function sampleClock(input: {
  count: number;
  startMs: number | null | undefined;
  endMs: number;
  nominalStepMs: number;
}): SampleClock {
  const { count, startMs, endMs } = input;
  const nominal = input.nominalStepMs > 0 ? input.nominalStepMs : 1000;
  if (!startMs || startMs <= 0 || count <= 1 || endMs <= startMs) return { endMs, stepMs: nominal };
  const span = endMs - startMs;
  const stepMs = (count - 1) * nominal > span ? span / (count - 1) : nominal;
  return { endMs, stepMs };
}

/** The time of sample `i` of `count` on `clock`, rounded to the millisecond. */
export function sampleTime(clock: SampleClock, i: number, count: number): number {
  return Math.round(clock.endMs - (count - 1 - i) * clock.stepMs);
}
