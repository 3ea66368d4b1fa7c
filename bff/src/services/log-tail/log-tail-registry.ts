import type { LogTarget } from '../../clients/modelarts-client.js';
import { LogPoller, type PollerDeps } from './log-poller.js';
import { LogViewer, type LogSink } from './log-viewer.js';

export interface RegistryDeps extends Omit<PollerDeps, 'token'> {
  /** Any live session's token for a project (a poller belongs to the project, not to one viewer). */
  projectToken: (projectId: string) => string | undefined;
  /** How long an idle or finished poller is kept so reconnects resume from its chain. */
  idleGraceMs: number;
}

export interface OpenViewer {
  target: LogTarget;
  /** Last-Event-ID: the cursor after which the viewer wants lines; undefined = from the start. */
  after: string | undefined;
  sink: LogSink;
  /** The viewer's own session token (preferred for upstream calls). */
  token: () => string | undefined;
}

interface Entry {
  poller: LogPoller;
  viewers: Set<OpenViewer>;
  grace: NodeJS.Timeout | undefined;
}

/** One shared poller per (project, job, version, file), refcounted by its viewers. */
export class LogTailRegistry {
  private readonly entries = new Map<string, Entry>();
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
  open(v: OpenViewer): () => void {
    const key = JSON.stringify([
      v.target.projectId,
      v.target.jobId,
      v.target.versionId,
      v.target.logFile,
    ]);
    const entry = this.entryFor(key, v.target, v.after);
    const index = entry.poller.chain.indexAfter(v.after ?? entry.poller.chain.root);
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

  /** The shared entry; a new poller is rooted at the first viewer's cursor (or the start). */
  private entryFor(key: string, target: LogTarget, after: string | undefined): Entry {
    const existing = this.entries.get(key);
    if (existing && existing.poller.error === undefined) return existing;
    if (existing) {
      // A failed poller is not reused: a new viewer gets a fresh attempt.
      if (existing.grace) clearTimeout(existing.grace);
      existing.poller.stop();
    }
    const viewers = new Set<OpenViewer>();
    const token = () => {
      for (const v of viewers) {
        const t = v.token();
        if (t) return t;
      }
      return this.deps.projectToken(target.projectId);
    };
    const poller = new LogPoller(target, { ...this.deps, token }, after ?? '0');
    const entry: Entry = { poller, viewers, grace: undefined };
    this.entries.set(key, entry);
    entry.poller.start();
    return entry;
  }

  private scheduleStop(key: string, entry: Entry): void {
    entry.grace = setTimeout(() => {
      if (this.entries.get(key) !== entry || entry.viewers.size > 0) return;
      entry.poller.stop();
      this.entries.delete(key);
    }, this.deps.idleGraceMs);
    entry.grace.unref();
  }

  /** A cursor that is no boundary of the shared chain (e.g. from before a restart): exact, unshared. */
  private openPrivate(v: OpenViewer): () => void {
    const poller = new LogPoller(v.target, { ...this.deps, token: v.token }, v.after);
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
