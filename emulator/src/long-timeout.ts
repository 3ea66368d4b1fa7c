/**
 * Node's timers take at most 2^31 − 1 ms (24.8 days); a longer delay fires after 1 ms instead
 * (with a TimeoutOverflowWarning), so 600 h of `auto_stop` stopped a job at once.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** A timer of any length: re-armed in chunks of at most MAX_TIMER_MS. */
export class LongTimeout {
  private timer: NodeJS.Timeout | null = null;
  private remaining: number;
  private refed = true;

  constructor(
    private readonly fn: () => void,
    ms: number,
    private readonly maxChunkMs = MAX_TIMER_MS,
  ) {
    this.remaining = Number.isNaN(ms) ? 0 : Math.max(0, ms);
    this.arm();
  }

  private arm(): void {
    // Infinity (a delay no one lives to see) simply never fires
    if (this.remaining === Infinity) return;
    const chunk = Math.min(this.remaining, this.maxChunkMs);
    this.timer = setTimeout(() => {
      this.remaining -= chunk;
      if (this.remaining > 0) return this.arm();
      this.timer = null;
      this.fn();
    }, chunk);
    if (!this.refed) this.timer.unref();
  }

  /** Cancels the timer (safe to call more than once, or after it fired). */
  clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.remaining = Infinity;
  }

  /** Lets the process exit while only this timer is pending (as Timeout.unref). */
  unref(): this {
    this.refed = false;
    this.timer?.unref();
    return this;
  }
}

/** `setTimeout` for delays that may exceed 2^31 − 1 ms (durations that come from a request). */
export function setLongTimeout(fn: () => void, ms: number): LongTimeout {
  return new LongTimeout(fn, ms);
}

/** Clears a list of plain and long timers. */
export function clearTimers(timers: ReadonlyArray<NodeJS.Timeout | LongTimeout>): void {
  for (const t of timers) {
    if (t instanceof LongTimeout) t.clear();
    else clearTimeout(t);
  }
}
