import { SESSION_ENDED } from '../session-streams.js';
import type { JobPacer } from './job-pacer.js';
import { JobSlots } from './job-slots.js';
import { LogPoller, type PollerDeps } from './log-poller.js';
import { PollerBudget, refusal, type BudgetRefusal } from './poller-budget.js';
import { LogViewer } from './log-viewer.js';
import type { OpenViewer, RegistryStats, TailRegistry } from './tail-registry.js';

export type { OpenViewer } from './tail-registry.js';

export interface RegistryDeps extends Omit<PollerDeps, 'token' | 'onTokenRejected'> {
  /** How long an idle or finished poller is kept so reconnects resume from its chain. */
  idleGraceMs: number;
  /**
   * Followed jobs allowed at once (each with any number of shared and private pollers of its logs,
   * paced together), in total and per account; may be shared between registries.
   */
  budget?: PollerBudget;
}

type Viewers<S> = Map<OpenViewer<S>, LogViewer<S>>;

interface Entry<S> {
  poller: LogPoller<S>;
  viewers: Viewers<S>;
  grace: NodeJS.Timeout | undefined;
  /** The job of the log (its pollers share one budget slot and one request rate). */
  jobKey: string;
}

/**
 * One shared poller per source key (v1: project, job, version, file; v2: project, job, task),
 * refcounted by its viewers. A poller reads only with the token of a viewer attached right now
 * (callers check each viewer's own access first); a viewer whose session ended, or whose token the
 * upstream rejects, is closed with Console.0401. A new poller (shared, or private for a cursor the
 * chain lacks) of a job nobody follows yet takes a budget slot charged to the opener's account;
 * the job's other logs and viewers join it for free and share its request rate (JobSlots,
 * JobPacer). Generic over the status type S of the API version.
 */
export class LogTailRegistry<S = number> implements TailRegistry<S> {
  private readonly entries = new Map<string, Entry<S>>();
  private readonly budget: PollerBudget;
  private readonly slots: JobSlots;
  private privatePollers = 0;
  private privateStarted = 0;

  constructor(private readonly deps: RegistryDeps) {
    this.budget = deps.budget ?? new PollerBudget(Number.POSITIVE_INFINITY);
    this.slots = new JobSlots(this.budget, deps.intervalMs);
  }

  /** Shared pollers alive, private ones alive (a cursor the chain lacks) and private ones ever started. */
  stats(): RegistryStats {
    let viewers = 0;
    for (const e of this.entries.values()) viewers += e.viewers.size;
    return {
      shared: this.entries.size,
      viewers,
      private: this.privatePollers,
      privateStarted: this.privateStarted,
    };
  }

  /**
   * Throws TooManyRequestsError when opening `v` would need a job slot beyond the budget (in
   * total or for its account). `open` decides again: the budget may have moved in between.
   */
  assertCapacity(v: Pick<OpenViewer<S>, 'source' | 'after' | 'account'>): void {
    // A job someone follows already covers a new poller of any of its logs.
    if (this.slots.has(v.source.jobKey)) return;
    for (;;) {
      const refused = this.slots.wouldRefuse(v.account);
      if (!refused) return;
      this.dropIdleJob(refused, v.account);
    }
  }

  /**
   * Starts streaming to `v.sink`; returns the function that detaches the viewer. Throws
   * TooManyRequestsError when a new poller would exceed the budget.
   */
  open(v: OpenViewer<S>): () => void {
    const key = v.source.key;
    const entry = this.entryFor(key, v);
    // No Last-Event-ID means "from the origin", even when the shared poller was rooted elsewhere.
    const index = entry.poller.chain.indexAfter(v.after ?? v.source.origin);
    if (index === undefined) return this.openPrivate(v);

    if (entry.grace) clearTimeout(entry.grace);
    entry.grace = undefined;
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      viewer.detach();
      entry.viewers.delete(v);
      if (entry.viewers.size === 0) this.scheduleStop(key, entry);
    };
    const viewer = new LogViewer(entry.poller, index, v.sink, v, close);
    entry.viewers.set(v, viewer);
    viewer.attach();
    // Started only now: its first read already uses this viewer's token.
    if (!closed) entry.poller.start();
    return close;
  }

  closeAll(): void {
    for (const [key, e] of this.entries) this.drop(key, e);
  }

  /** Alone, there is nobody to hand over to: pollers stop with the process. */
  handOver(): Promise<void> {
    return Promise.resolve();
  }

  /** A new poller of `jobKey`: joins its job, or takes a slot (idle jobs give way when full). */
  private joinJob(jobKey: string, account: string): JobPacer {
    for (;;) {
      const joined = this.slots.tryJoin(jobKey, account);
      if (typeof joined !== 'string') return joined;
      this.dropIdleJob(joined, account);
    }
  }

  /** Stops a job nobody watches (of `account` when it is at its own cap), else throws the 429. */
  private dropIdleJob(refused: BudgetRefusal, account: string): void {
    const idle = this.slots.jobs().find((job) => {
      if (refused === 'account' && this.slots.accountOf(job) !== account) return false;
      const mine = [...this.entries.values()].filter((e) => e.jobKey === job);
      // private pollers always have a viewer: a job with one is not idle
      return mine.length === this.slots.pollersOf(job) && mine.every((e) => e.viewers.size === 0);
    });
    if (idle === undefined) throw refusal(refused, this.budget.perAccount, 'jobs');
    for (const [key, e] of [...this.entries]) if (e.jobKey === idle) this.drop(key, e);
  }

  private drop(key: string, e: Entry<S>): void {
    if (e.grace) clearTimeout(e.grace);
    e.poller.stop();
    if (this.entries.get(key) === e) {
      this.entries.delete(key);
      this.slots.leave(e.jobKey);
    }
  }

  /** Poller deps reading with the tokens of `viewers` (and closing those the upstream refuses). */
  private pollerDeps(viewers: Viewers<S>, pacer: JobPacer): PollerDeps {
    return {
      ...this.deps,
      pacer,
      token: () => this.tokenOf(viewers),
      onTokenRejected: (token) => {
        for (const [v, viewer] of [...viewers]) if (v.token() === token) viewer.unauthorized();
      },
    };
  }

  /** A token of an attached viewer; viewers whose session ended are closed (Console.0401). */
  private tokenOf(viewers: Viewers<S>): string | undefined {
    let token: string | undefined;
    const ended: LogViewer<S>[] = [];
    for (const [v, viewer] of viewers) {
      const t = v.token();
      if (!t) ended.push(viewer);
      else token ??= t;
    }
    for (const viewer of ended) viewer.onError(SESSION_ENDED);
    return token;
  }

  /** The shared entry; a new poller is rooted at the first viewer's cursor (or the origin). */
  private entryFor(key: string, v: OpenViewer<S>): Entry<S> {
    const existing = this.entries.get(key);
    if (existing && existing.poller.error === undefined) return existing;
    // A failed poller is not reused: a new viewer gets a fresh attempt (in its job's slot).
    if (existing) this.drop(key, existing);
    const jobKey = v.source.jobKey;
    const pacer = this.joinJob(jobKey, v.account);
    const viewers: Viewers<S> = new Map();
    const deps = this.pollerDeps(viewers, pacer);
    const poller = new LogPoller(v.source, deps, v.after ?? v.source.origin);
    const entry: Entry<S> = { poller, viewers, grace: undefined, jobKey };
    this.entries.set(key, entry);
    return entry;
  }

  private scheduleStop(key: string, entry: Entry<S>): void {
    entry.grace = setTimeout(() => {
      if (this.entries.get(key) !== entry || entry.viewers.size > 0) return;
      this.drop(key, entry);
    }, this.deps.idleGraceMs);
    entry.grace.unref();
  }

  /** A cursor that is no boundary of the shared chain (e.g. from before a restart): exact, unshared. */
  private openPrivate(v: OpenViewer<S>): () => void {
    const jobKey = v.source.jobKey;
    const pacer = this.joinJob(jobKey, v.account);
    const viewers: Viewers<S> = new Map();
    const poller = new LogPoller(v.source, this.pollerDeps(viewers, pacer), v.after);
    this.privatePollers += 1;
    this.privateStarted += 1;
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      viewer.detach();
      viewers.delete(v);
      poller.stop();
      this.privatePollers -= 1;
      this.slots.leave(jobKey);
    };
    const viewer = new LogViewer(poller, 0, v.sink, v, close);
    viewers.set(v, viewer);
    viewer.attach();
    if (!closed) poller.start();
    return close;
  }
}
