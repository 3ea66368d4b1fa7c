import { TooManyRequestsError } from '../../errors.js';
import { SESSION_ENDED } from '../session-streams.js';
import type { LogSource } from './log-source.js';
import { LogPoller, type PollerDeps } from './log-poller.js';
import { PollerBudget } from './poller-budget.js';
import { LogViewer, type LogSink } from './log-viewer.js';

export interface RegistryDeps extends Omit<PollerDeps, 'token'> {
  /** How long an idle or finished poller is kept so reconnects resume from its chain. */
  idleGraceMs: number;
  /** Upstream pollers allowed at once (shared and private); may be shared between registries. */
  budget?: PollerBudget;
}

export interface OpenViewer<S> {
  /** What to read; viewers with the same `source.key` share one poller. */
  source: LogSource<S>;
  /** Last-Event-ID: the cursor after which the viewer wants lines; undefined = from the start. */
  after: string | undefined;
  sink: LogSink<S>;
  /** The viewer's own session token; undefined once its session has ended. */
  token: () => string | undefined;
}

interface Entry<S> {
  poller: LogPoller<S>;
  viewers: Map<OpenViewer<S>, LogViewer<S>>;
  grace: NodeJS.Timeout | undefined;
}

/**
 * One shared poller per source key (v1: project, job, version, file; v2: project, job, task),
 * refcounted by its viewers. A poller reads only with the token of a viewer attached right now
 * (callers check each viewer's own access first); a viewer whose session ended is closed with
 * Console.0401. Generic over the status type S of the API version.
 */
export class LogTailRegistry<S = number> {
  private readonly entries = new Map<string, Entry<S>>();
  private readonly budget: PollerBudget;
  private privatePollers = 0;
  private privateStarted = 0;

  constructor(private readonly deps: RegistryDeps) {
    this.budget = deps.budget ?? new PollerBudget(Number.POSITIVE_INFINITY);
  }

  /** Shared pollers alive, private ones alive (a cursor the chain lacks) and private ones ever started. */
  stats(): { shared: number; viewers: number; private: number; privateStarted: number } {
    let viewers = 0;
    for (const e of this.entries.values()) viewers += e.viewers.size;
    return {
      shared: this.entries.size,
      viewers,
      private: this.privatePollers,
      privateStarted: this.privateStarted,
    };
  }

  /** Throws TooManyRequestsError when opening `key` would need a poller beyond the budget. */
  assertCapacity(key: string): void {
    const e = this.entries.get(key);
    if (e) return; // its slot is reused, even when its poller failed
    this.takeBudget();
    this.budget.release();
  }

  /**
   * Starts streaming to `v.sink`; returns the function that detaches the viewer. Throws
   * TooManyRequestsError when a new poller would exceed the budget.
   */
  open(v: OpenViewer<S>): () => void {
    const key = v.source.key;
    const entry = this.entryFor(key, v.source, v.after);
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
    const viewer = new LogViewer(entry.poller, index, v.sink, v.token, close);
    entry.viewers.set(v, viewer);
    viewer.attach();
    // Started only now: its first read already uses this viewer's token.
    if (!closed) entry.poller.start();
    return close;
  }

  closeAll(): void {
    for (const [key, e] of this.entries) this.drop(key, e);
  }

  private takeBudget(): void {
    if (this.budget.tryTake()) return;
    // Idle pollers kept only for reconnects give way to a viewer that needs one now.
    for (const [key, e] of this.entries) {
      if (e.viewers.size === 0) {
        this.drop(key, e);
        if (this.budget.tryTake()) return;
      }
    }
    throw new TooManyRequestsError(
      'Too many live log streams on this console right now; try again in a minute',
    );
  }

  private drop(key: string, e: Entry<S>): void {
    if (e.grace) clearTimeout(e.grace);
    e.poller.stop();
    if (this.entries.get(key) === e) {
      this.entries.delete(key);
      this.budget.release();
    }
  }

  /** A token of an attached viewer; viewers whose session ended are closed (Console.0401). */
  private tokenOf(viewers: Map<OpenViewer<S>, LogViewer<S>>): string | undefined {
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
  private entryFor(key: string, source: LogSource<S>, after: string | undefined): Entry<S> {
    const existing = this.entries.get(key);
    if (existing && existing.poller.error === undefined) return existing;
    // A failed poller is not reused: a new viewer gets a fresh attempt (in its budget slot).
    if (existing) this.drop(key, existing);
    this.takeBudget();
    const viewers = new Map<OpenViewer<S>, LogViewer<S>>();
    const token = () => this.tokenOf(viewers);
    const poller = new LogPoller(source, { ...this.deps, token }, after ?? source.origin);
    const entry: Entry<S> = { poller, viewers, grace: undefined };
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
    this.takeBudget();
    const viewers = new Map<OpenViewer<S>, LogViewer<S>>();
    const token = () => this.tokenOf(viewers);
    const poller = new LogPoller(v.source, { ...this.deps, token }, v.after);
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
      this.budget.release();
    };
    const viewer = new LogViewer(poller, 0, v.sink, v.token, close);
    viewers.set(v, viewer);
    viewer.attach();
    if (!closed) poller.start();
    return close;
  }
}
