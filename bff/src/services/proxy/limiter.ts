/** Why the limiter did not run a call: no queue place left, or the call waited too long. */
export class LimiterRejectedError extends Error {
  constructor(readonly reason: 'full' | 'timeout') {
    super(
      reason === 'full' ? 'the upstream queue is full' : 'waited too long for an upstream slot',
    );
    this.name = 'LimiterRejectedError';
  }
}

interface Waiter {
  start(): void;
}

export interface LimiterOptions {
  /** Calls running at once. */
  maxActive: number;
  /** Calls waiting at most; one more is refused at once. */
  maxQueue: number;
  /** How long a call may wait for a slot. */
  maxWaitMs: number;
}

/**
 * At most `maxActive` calls at once and `maxQueue` waiting, first come first served. A waiting call
 * leaves the queue (freeing its place) when its signal aborts or after `maxWaitMs`.
 *
 * (cockatiel's bulkhead keeps an aborted waiter in the queue until its turn and has no wait limit,
 * so the console could neither free the place of a closed browser tab nor answer "busy" in time.)
 */
export class ConcurrencyLimiter {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly opts: LimiterOptions) {}

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    if (this.running >= this.opts.maxActive) await this.wait(signal);
    else this.running += 1;
    try {
      return await fn();
    } finally {
      this.release();
    }
  }

  private wait(signal: AbortSignal | undefined): Promise<void> {
    if (this.waiting.length >= this.opts.maxQueue) {
      return Promise.reject(new LimiterRejectedError('full'));
    }
    return new Promise<void>((resolve, reject) => {
      const leave = (err: unknown) => {
        const i = this.waiting.indexOf(waiter);
        if (i >= 0) this.waiting.splice(i, 1);
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        reject(err);
      };
      const onAbort = () => leave(signal?.reason);
      const waiter: Waiter = {
        start: () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const timer = setTimeout(
        () => leave(new LimiterRejectedError('timeout')),
        this.opts.maxWaitMs,
      );
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
    });
  }

  /** Hands the freed slot straight to the next waiter (the running count stays the same). */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next.start();
    else this.running -= 1;
  }
}
