import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { StateUnavailableError, TooManyRequestsError } from '../../errors.js';
import { SESSION_ENDED } from '../session-streams.js';
import type { RegistryDeps } from './log-tail-registry.js';
import { LogPoller } from './log-poller.js';
import { LogViewer } from './log-viewer.js';
import { refusal } from './poller-budget.js';
import { RedisPollerBudget } from './redis-poller-budget.js';
import { RedisTail } from './redis-tail.js';
import { TailHolder } from './tail-holder.js';
import { TailStore, tailKeys } from './tail-store.js';
import type { OpenViewer, RegistryStats, TailRegistry } from './tail-registry.js';

export interface SharedRegistryDeps extends Omit<RegistryDeps, 'budget'> {
  /** Commands (leases, publication, budget). */
  redis: Redis;
  /** This replica's name (in lease values; unique per process). */
  replicaId: string;
  /** Upstream pollers of all replicas (MAX_LOG_POLLERS, MAX_POLLERS_PER_ACCOUNT). */
  maxPollers: number;
  maxPerAccount: number;
  /** Lease of a log's poller (default 1.25 × the poll interval, at least 300 ms). */
  leaseMs?: number;
  /** Stream entries kept per log (default 2,000 pages). */
  maxEntries?: number;
}

type Viewers<S> = Map<OpenViewer<S>, LogViewer<S> | undefined>;

interface Entry<S> {
  tail: RedisTail<S>;
  holder: TailHolder<S>;
  viewers: Viewers<S>;
  grace: NodeJS.Timeout | undefined;
  ready: Promise<void>;
}

/**
 * The live-log registry of a replica among several (REDIS_URL): viewers of one log on every
 * replica follow one Redis stream, fed by the single replica that holds the log's lease; ids are
 * the upstream cursors, the same everywhere. A cursor the stream no longer has gets an exact,
 * private poller here (as in the single-process registry). Budgets are counted in Redis.
 */
export class SharedTailRegistry<S> implements TailRegistry<S> {
  private readonly entries = new Map<string, Entry<S>>();
  private readonly store: TailStore;
  private readonly budget: RedisPollerBudget;
  private readonly leaseMs: number;
  private readonly privates = new Set<() => void>();
  private privateStarted = 0;

  constructor(private readonly deps: SharedRegistryDeps) {
    this.leaseMs = deps.leaseMs ?? Math.max(300, Math.round(deps.intervalMs * 1.25));
    this.store = new TailStore(deps.redis, {
      maxEntries: deps.maxEntries ?? 2000,
      keepMs: Math.max(deps.idleGraceMs, 60_000),
    });
    this.budget = new RedisPollerBudget(
      deps.redis,
      deps.maxPollers,
      deps.maxPerAccount,
      this.leaseMs * 2,
    );
  }

  stats(): RegistryStats {
    let viewers = 0;
    let holding = 0;
    for (const e of this.entries.values()) {
      viewers += e.viewers.size;
      if (e.holder.holding) holding += 1;
    }
    return {
      shared: this.entries.size,
      viewers,
      private: this.privates.size,
      privateStarted: this.privateStarted,
      holding,
    };
  }

  async assertCapacity(v: Pick<OpenViewer<S>, 'source' | 'after' | 'account'>): Promise<void> {
    if (this.entries.has(v.source.key)) return;
    const why = await this.take(v.account, tailKeys(v.source.key).log, true);
    if (why) throw refusal(why, this.budget.perAccount);
  }

  async open(v: OpenViewer<S>): Promise<() => void> {
    const entry = this.entryFor(v);
    entry.viewers.set(v, undefined);
    if (entry.grace) clearTimeout(entry.grace);
    entry.grace = undefined;
    try {
      await entry.ready;
    } catch (err) {
      // Refused (budget) or Redis unreachable: the next viewer tries afresh.
      this.drop(v.source.key, entry);
      throw err instanceof TooManyRequestsError ? err : new StateUnavailableError();
    }
    if (!entry.viewers.has(v)) return () => undefined;
    const index = entry.tail.chain.indexAfter(v.after ?? v.source.origin);
    if (index === undefined) {
      this.leave(v.source.key, entry, v);
      return this.openPrivate(v);
    }
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      viewer.detach();
      this.leave(v.source.key, entry, v);
    };
    const viewer = new LogViewer(entry.tail, index, v.sink, v, close);
    entry.viewers.set(v, viewer);
    viewer.attach();
    void entry.holder.tick();
    return close;
  }

  /** Graceful shutdown: stop polling and give every lease up (other replicas take over at once). */
  async handOver(): Promise<void> {
    await Promise.all([...this.entries.values()].map((e) => e.holder.stop()));
  }

  closeAll(): void {
    for (const [key, e] of this.entries) this.drop(key, e);
    for (const close of [...this.privates]) close();
  }

  private async take(account: string, member: string, dryRun = false) {
    try {
      return await this.budget.take(account, member, dryRun);
    } catch {
      throw new StateUnavailableError();
    }
  }

  private entryFor(v: OpenViewer<S>): Entry<S> {
    const key = v.source.key;
    const existing = this.entries.get(key);
    if (existing && existing.tail.error === undefined) return existing;
    if (existing) this.drop(key, existing);
    const keys = tailKeys(key);
    const viewers: Viewers<S> = new Map();
    const tail = new RedisTail<S>(v.source, keys, {
      store: this.store,
      // Blocking reads need their own connection, one that waits for Redis rather than failing fast.
      connect: () =>
        this.deps.redis.duplicate({ enableOfflineQueue: true, commandTimeout: 15_000 }),
      logger: this.deps.logger,
      ...(this.deps.maxBufferedLines ? { maxBufferedLines: this.deps.maxBufferedLines } : {}),
    });
    const holder = new TailHolder<S>(v.source, keys, {
      ...this.deps,
      store: this.store,
      holderId: `${this.deps.replicaId}/${randomUUID()}`,
      leaseMs: this.leaseMs,
      token: () => this.tokenOf(viewers),
      onTokenRejected: (token) => {
        for (const [o, viewer] of [...viewers]) if (o.token() === token) viewer?.unauthorized();
      },
      // After Redis lost the stream (a restart), it starts again where this replica's mirror is.
      root: () => (tail.hasRoot ? tail.chain.head : (v.after ?? v.source.origin)),
      finished: () => tail.finished,
      onHeld: () => this.budget.renew(keys.log),
    });
    const ready = (async () => {
      const why = await this.take(v.account, keys.log);
      if (why) throw refusal(why, this.budget.perAccount);
      await tail.load();
      holder.start();
      await tail.rootPublished();
    })();
    ready.catch(() => undefined);
    const entry: Entry<S> = { tail, holder, viewers, grace: undefined, ready };
    this.entries.set(key, entry);
    return entry;
  }

  /** A token of an attached viewer; viewers whose session ended are closed (Console.0401). */
  private tokenOf(viewers: Viewers<S>): string | undefined {
    let token: string | undefined;
    for (const [v, viewer] of [...viewers]) {
      const t = v.token();
      if (!t) viewer?.onError(SESSION_ENDED);
      else token ??= t;
    }
    return token;
  }

  private leave(key: string, entry: Entry<S>, v: OpenViewer<S>): void {
    entry.viewers.delete(v);
    if (entry.viewers.size > 0 || entry.grace) return;
    void entry.holder.tick();
    entry.grace = setTimeout(() => {
      if (this.entries.get(key) === entry && entry.viewers.size === 0) this.drop(key, entry);
    }, this.deps.idleGraceMs);
    entry.grace.unref();
  }

  private drop(key: string, e: Entry<S>): void {
    if (e.grace) clearTimeout(e.grace);
    void e.holder.stop();
    e.tail.stop();
    if (this.entries.get(key) === e) this.entries.delete(key);
  }

  /** A cursor the stream does not have (trimmed, or from another run): exact and unshared. */
  private async openPrivate(v: OpenViewer<S>): Promise<() => void> {
    const member = `exact:${this.deps.replicaId}:${randomUUID()}`;
    const why = await this.take(v.account, member);
    if (why) throw refusal(why, this.budget.perAccount);
    const viewers: Viewers<S> = new Map();
    const poller = new LogPoller<S>(
      v.source,
      {
        ...this.deps,
        token: () => this.tokenOf(viewers),
        onTokenRejected: () => viewer.unauthorized(),
      },
      v.after,
    );
    const renew = setInterval(
      () => void this.budget.renew(member).catch(() => undefined),
      this.leaseMs,
    );
    renew.unref();
    this.privateStarted += 1;
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      viewer.detach();
      poller.stop();
      clearInterval(renew);
      this.privates.delete(close);
      void this.budget.release(member).catch(() => undefined);
    };
    const viewer = new LogViewer(poller, 0, v.sink, v, close);
    viewers.set(v, viewer);
    this.privates.add(close);
    viewer.attach();
    if (!closed) poller.start();
    return close;
  }
}
