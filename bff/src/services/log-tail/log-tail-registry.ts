import type { LogSource } from './log-source.js';
import { LogPoller, type PollerDeps } from './log-poller.js';
import { LogViewer, type LogSink } from './log-viewer.js';

export interface RegistryDeps extends Omit<PollerDeps, 'token'> {
  /** Any live session's token for a project (a poller belongs to the project, not to one viewer). */
  projectToken: (projectId: string) => string | undefined;
  /** How long an idle or finished poller is kept so reconnects resume from its chain. */
  idleGraceMs: number;
}

export interface OpenViewer<S> {
  /** What to read; viewers with the same `source.key` share one poller. */
  source: LogSource<S>;
  /** Last-Event-ID: the cursor after which the viewer wants lines; undefined = from the start. */
  after: string | undefined;
  sink: LogSink<S>;
  /** The viewer's own session token (preferred for upstream calls). */
  token: () => string | undefined;
}

interface Entry<S> {
  poller: LogPoller<S>;
  viewers: Set<OpenViewer<S>>;
  grace: NodeJS.Timeout | undefined;
}

/**
 * One shared poller per source key (v1: project, job, version, file; v2: project, job, task),
 * refcounted by its viewers. Generic over the status type S of the API version.
 */
export class LogTailRegistry<S = number> {
  private readonly entries = new Map<string, Entry<S>>();
  private privatePollers = 0;
  private privateStarted = 0;

  constructor(private readonly deps: RegistryDeps) {}

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

  /** Starts streaming to `v.sink`; returns the function that detaches the viewer. */
  open(v: OpenViewer<S>): () => void {
    const key = v.source.key;
    const entry = this.entryFor(key, v.source, v.after);
    // No Last-Event-ID means "from the origin", even when the shared poller was rooted elsewhere.
    const index = entry.poller.chain.indexAfter(v.after ?? v.source.origin);
    if (index === undefined) return this.openPrivate(v);

    if (entry.grace) clearTimeout(entry.grace);
    entry.grace = undefined;
    entry.viewers.add(v);
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      viewer.detach();
      entry.viewers.delete(v);
      if (entry.viewers.size === 0) this.scheduleStop(key, entry);
    };
    const viewer = new LogViewer(entry.poller, index, v.sink, v.token, close);
    viewer.attach();
    return close;
  }

  closeAll(): void {
    for (const [key, e] of this.entries) {
      if (e.grace) clearTimeout(e.grace);
      e.poller.stop();
      this.entries.delete(key);
    }
  }

  /** The shared entry; a new poller is rooted at the first viewer's cursor (or the origin). */
  private entryFor(key: string, source: LogSource<S>, after: string | undefined): Entry<S> {
    const existing = this.entries.get(key);
    if (existing && existing.poller.error === undefined) return existing;
    if (existing) {
      // A failed poller is not reused: a new viewer gets a fresh attempt.
      if (existing.grace) clearTimeout(existing.grace);
      existing.poller.stop();
    }
    const viewers = new Set<OpenViewer<S>>();
    const token = () => {
      for (const v of viewers) {
        const t = v.token();
        if (t) return t;
      }
      return this.deps.projectToken(source.projectId);
    };
    const poller = new LogPoller(source, { ...this.deps, token }, after ?? source.origin);
    const entry: Entry<S> = { poller, viewers, grace: undefined };
    this.entries.set(key, entry);
    entry.poller.start();
    return entry;
  }

  private scheduleStop(key: string, entry: Entry<S>): void {
    entry.grace = setTimeout(() => {
      if (this.entries.get(key) !== entry || entry.viewers.size > 0) return;
      entry.poller.stop();
      this.entries.delete(key);
    }, this.deps.idleGraceMs);
    entry.grace.unref();
  }

  /** A cursor that is no boundary of the shared chain (e.g. from before a restart): exact, unshared. */
  private openPrivate(v: OpenViewer<S>): () => void {
    const poller = new LogPoller(v.source, { ...this.deps, token: v.token }, v.after);
    this.privatePollers += 1;
    this.privateStarted += 1;
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      viewer.detach();
      poller.stop();
      this.privatePollers -= 1;
    };
    const viewer = new LogViewer(poller, 0, v.sink, v.token, close);
    viewer.attach();
    poller.start();
    return close;
  }
}
