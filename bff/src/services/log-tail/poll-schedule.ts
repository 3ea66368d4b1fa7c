/** What a poller asks the upstream next. */
export type PollRequest = 'status' | 'log';

/** Quiet log reads in a row before each doubling of the log period (up to QUIET_MAX_FACTOR). */
const QUIET_READS_PER_STEP = 10;
const QUIET_MAX_FACTOR = 4;
/**
 * While lines flow, the job's status is still read at least every STATUS_MAX_AGE intervals (5 min
 * at the default): a job that prints is running, and a status read takes a log read's slot.
 */
const STATUS_MAX_AGE = 600;
/** Once a read brings nothing new, the status is read when older than QUIET_STATUS_AGE intervals. */
const QUIET_STATUS_AGE = 4;
/** Slots that may be saved up: 1, so two paid requests are at least one interval apart... */
const BURST = 1;
/** ...but for the first two: a new viewer gets the status and the first lines at once. */
const START_SLOTS = 2;

/**
 * When a followed log is read, and what is read (issue 14: sub-second logs without hammering the
 * upstream). Every upstream request — a status read or a log read — spends one slot; slots come
 * back one per `intervalMs` and are not saved up, so one followed log costs at most
 * 1000 / intervalMs requests in any second after its first, whatever the number of viewers (2/s
 * at the default 500 ms; the first status and log reads go out together). Within that budget:
 * - while lines flow, every slot reads the log: a line waits at most one interval (plus the read);
 *   the status is read only every STATUS_MAX_AGE intervals (a job that prints is running);
 * - a read that comes back full is followed at once by the next page without spending a slot (a
 *   backlog is caught up back to back; the budget holds once caught up);
 * - when reads bring nothing, the status is read soon (the job may have ended) and the log period
 *   doubles every QUIET_READS_PER_STEP quiet reads, up to QUIET_MAX_FACTOR intervals;
 * - once the status is terminal it is never read again: the next short read ends the log.
 * Pure: the caller passes the time, so it is tested without timers.
 */
export class PollSchedule {
  private tokens = START_SLOTS;
  private refilledAt: number;
  private statusAt: number | undefined;
  private logAt: number | undefined;
  private quietReads = 0;
  private continuation = false;
  private terminal = false;

  constructor(
    private readonly intervalMs: number,
    now: number,
  ) {
    this.refilledAt = now;
  }

  /** The request the next slot is for. */
  next(now: number): PollRequest {
    if (this.statusAt === undefined) return 'status';
    if (this.terminal || this.continuation) return 'log';
    const age = now - this.statusAt;
    if (age >= STATUS_MAX_AGE * this.intervalMs) return 'status';
    const quietAge = Math.max(QUIET_STATUS_AGE * this.intervalMs, this.logPeriod());
    return this.quietReads > 0 && age >= quietAge ? 'status' : 'log';
  }

  /** How long to wait before sending `next(now)` (0: now). */
  waitMs(now: number): number {
    const request = this.next(now);
    if (request === 'log' && this.continuation) return 0;
    this.refill(now);
    const slot = this.tokens >= 1 ? 0 : this.refilledAt + this.intervalMs - now;
    const period =
      request === 'log' && this.logAt !== undefined ? this.logAt + this.logPeriod() - now : 0;
    return Math.max(0, slot, period);
  }

  /** Whether the next request is free (it continues a full read): no slot, no pacing. */
  nextIsFree(now: number): boolean {
    return this.next(now) === 'log' && this.continuation;
  }

  /** A request is sent now (after `waitMs` returned 0). */
  sent(request: PollRequest, now: number): void {
    if (request === 'log' && this.continuation) {
      this.continuation = false;
    } else {
      this.refill(now);
      this.tokens -= 1;
    }
    if (request === 'log') this.logAt = now;
  }

  statusRead(now: number, terminal: boolean): void {
    this.statusAt = now;
    this.terminal ||= terminal;
  }

  /** A log read came back: with new lines or not, full (more is waiting) or not. */
  logRead(grew: boolean, full: boolean): void {
    this.quietReads = grew ? 0 : this.quietReads + 1;
    this.continuation = full;
  }

  /** The status was read and found terminal. */
  get terminalSeen(): boolean {
    return this.terminal;
  }

  /** Time between two log reads: one interval, longer after quiet reads. */
  logPeriod(): number {
    const steps = Math.floor(this.quietReads / QUIET_READS_PER_STEP);
    return this.intervalMs * Math.min(QUIET_MAX_FACTOR, 2 ** steps);
  }

  private refill(now: number): void {
    if (this.tokens >= BURST) {
      if (this.tokens === BURST) this.refilledAt = now;
      return;
    }
    const earned = Math.floor((now - this.refilledAt) / this.intervalMs);
    if (earned <= 0) return;
    this.tokens = Math.min(BURST, this.tokens + earned);
    this.refilledAt = this.tokens >= BURST ? now : this.refilledAt + earned * this.intervalMs;
  }
}
