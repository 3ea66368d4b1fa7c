/**
 * Credit of a log that joins a job's pacer: its first status and log reads go out at once
 * (PollSchedule's start slots), so a 16-worker job shows every worker's first lines without
 * waiting for its turn.
 */
const JOIN_CREDIT = 2;
/** Saved requests at most (join credits included): what a burst of a job can cost at once. */
const MAX_SAVED = 32;

/** A place in the job's queue: `granted` resolves at the turn (or at once after `cancel`). */
export interface PacerTurn {
  granted: Promise<void>;
  cancel(): void;
}

/**
 * The upstream request rate of one followed job, shared by the pollers of all its logs (v1: the
 * version's log files; v2: the job's tasks), whatever the number of logs and viewers: one request
 * per `intervalMs` (2/s at the default 500 ms), handed out in turn (first come, first served: the
 * job's logs are read round-robin), plus each log's start credit. Reads that continue a full page
 * (a backlog) are not paced here, as in PollSchedule.
 */
export class JobPacer {
  private tokens = 0;
  private refilledAt: number;
  private readonly waiting: (() => void)[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.refilledAt = now();
  }

  /** A log of the job starts polling. */
  join(): void {
    this.refill();
    this.tokens = Math.min(MAX_SAVED, this.tokens + JOIN_CREDIT);
    this.serve();
  }

  /** Waits for the job's next request. */
  take(): PacerTurn {
    let resolve!: () => void;
    const granted = new Promise<void>((r) => (resolve = r));
    this.waiting.push(resolve);
    this.serve();
    return {
      granted,
      cancel: () => {
        const i = this.waiting.indexOf(resolve);
        if (i >= 0) this.waiting.splice(i, 1);
        resolve();
      },
    };
  }

  /** Requests waiting for their turn now. */
  get queued(): number {
    return this.waiting.length;
  }

  /** The job is no longer followed: every waiter is let go (its poller is stopping). */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  private serve(): void {
    this.refill();
    while (this.waiting.length > 0 && this.tokens >= 1) {
      this.tokens -= 1;
      this.waiting.shift()?.();
    }
    if (this.waiting.length === 0 || this.timer) return;
    const wait = Math.max(0, this.refilledAt + this.intervalMs - this.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.serve();
    }, wait);
  }

  /** One request per interval, saved up to one (join credits aside). */
  private refill(): void {
    const now = this.now();
    if (this.tokens >= 1) {
      this.refilledAt = now;
      return;
    }
    const earned = Math.floor((now - this.refilledAt) / this.intervalMs);
    if (earned <= 0) return;
    this.tokens = Math.min(1, this.tokens + earned);
    this.refilledAt = this.tokens >= 1 ? now : this.refilledAt + earned * this.intervalMs;
  }
}
