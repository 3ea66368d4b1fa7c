import { ExponentialBackoff, halfJitterGenerator, type IBackoff } from 'cockatiel';

export interface PollBackoffOptions {
  /** First delay after a failure (the poll interval); later ones double, with jitter. */
  initialMs: number;
  /** Longest delay between two attempts. */
  maxMs: number;
  /** How long failures may go on without a success before the poller gives up. */
  budgetMs: number;
}

/**
 * When a poller that keeps failing transiently tries again, and when it gives up: delays grow
 * exponentially from `initialMs` to `maxMs` (half jitter: each is 50–100 % of the step), each at
 * least the failure's `Retry-After`; once failures have lasted `budgetMs` (a time budget, not a
 * count) the next failure ends the stream. The last wait is cut so that one attempt falls on the
 * deadline (the poller's schedule may space it up to one poll interval later). A success resets
 * everything.
 */
export class PollBackoff {
  private readonly factory: ExponentialBackoff<number>;
  private step: IBackoff<unknown> | undefined;
  private since: number | undefined;

  constructor(private readonly o: PollBackoffOptions) {
    this.factory = new ExponentialBackoff({
      generator: halfJitterGenerator,
      initialDelay: o.initialMs,
      maxDelay: o.maxMs,
    });
  }

  /** Since when the failures have gone on (epoch ms), or undefined while all is well. */
  get failingSince(): number | undefined {
    return this.since;
  }

  /** After a transient failure: ms to wait before the next attempt, or undefined to give up. */
  failed(retryAfterMs = 0, now = Date.now()): number | undefined {
    this.since ??= now;
    const left = this.since + this.o.budgetMs - now;
    if (left <= 0) return undefined;
    this.step = this.step ? this.step.next(undefined) : this.factory.next();
    return Math.min(Math.max(this.step.duration, retryAfterMs), left);
  }

  /** After a success (or a pause, which is no failure): the next failure starts from scratch. */
  reset(): void {
    this.step = undefined;
    this.since = undefined;
  }
}
