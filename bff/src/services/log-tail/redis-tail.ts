import type { ConsoleErrorBody } from '@console/shared';
import { ConsoleErrorCode } from '@console/shared';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { PollerListener } from './log-poller.js';
import type { LogSource } from './log-source.js';
import { PageChain } from './page-chain.js';
import type { TailFeed } from './tail-feed.js';
import type { TailEntry } from './tail-entries.js';
import { TailStore, type StreamItem, type TailKeys } from './tail-store.js';

export interface RedisTailDeps {
  store: TailStore;
  /** A connection of the tail's own for blocking reads (it is closed with the tail). */
  connect: () => Redis;
  logger: Logger;
  maxBufferedLines?: number;
  /** Longest blocking read (default 5 s). */
  blockMs?: number;
  /** How long `ready` waits for the log's first entry when another replica starts it (10 s). */
  rootWaitMs?: number;
}

const STATE_DOWN: ConsoleErrorBody = {
  error_code: ConsoleErrorCode.stateUnavailable,
  error_msg: 'The console cannot reach its shared state; the stream goes on when it is back',
};

const RESTARTED: ConsoleErrorBody = {
  error_code: ConsoleErrorCode.busy,
  error_msg: 'The shared log stream started again from another point; open the log again',
};

/**
 * This replica's mirror of one log's Redis stream (what the polling replica published): the same
 * contiguous chain of pages with the same cursors on every replica, so a viewer can resume on any
 * of them with the id it last got. Reads the stream from its first kept entry, then follows it
 * with blocking reads; Redis outages are ridden out (viewers are told they are retrying).
 */
export class RedisTail<S> implements TailFeed<S> {
  status: S | undefined;
  ended = false;
  error: ConsoleErrorBody | undefined;
  private current: PageChain | undefined;
  private readonly listeners = new Set<PollerListener<S>>();
  private lastId = '0-0';
  private stopped = false;
  private conn: Redis | undefined;
  private rooted: (() => void) | undefined;
  private readonly log: Logger;

  constructor(
    readonly source: LogSource<S>,
    private readonly keys: TailKeys,
    private readonly deps: RedisTailDeps,
  ) {
    this.log = deps.logger.child({ module: 'redis-tail', ...source.logContext });
  }

  get chain(): PageChain {
    if (!this.current) throw new Error('RedisTail used before it was ready');
    return this.current;
  }

  get hasRoot(): boolean {
    return this.current !== undefined;
  }

  get finished(): boolean {
    return this.ended || this.error !== undefined;
  }

  subscribe(l: PollerListener<S>): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  async linesOf(index: number, token: string): Promise<string[]> {
    const p = this.chain.page(index);
    return p.lines ?? (await this.source.reread(p, token));
  }

  /** Loads what the stream holds (a previous run that failed is skipped) and starts following. */
  async load(): Promise<void> {
    this.status = (await this.deps.store.lastStatus(this.keys)) as S | undefined;
    for (;;) {
      const batch = await this.deps.store.range(this.keys, this.lastId, 1000);
      for (const item of batch) this.apply(item, true);
      if (batch.length < 1000) break;
    }
    void this.follow();
  }

  /** Resolves once the log has a root (now, or when the polling replica publishes it). */
  async rootPublished(): Promise<void> {
    if (this.current) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('no replica started this log')),
        this.deps.rootWaitMs ?? 10_000,
      );
      this.rooted = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  stop(): void {
    this.stopped = true;
    this.conn?.disconnect();
  }

  private async follow(): Promise<void> {
    this.conn = this.deps.connect();
    // Failures surface in the loop below (logged once per outage), not as unhandled events.
    this.conn.on('error', () => undefined);
    let failing = false;
    while (!this.stopped && !this.finished) {
      try {
        const batch = await TailStore.follow(
          this.conn,
          this.keys,
          this.lastId,
          this.deps.blockMs ?? 5000,
        );
        if (failing) this.log.info('shared log stream reachable again');
        failing = false;
        for (const item of batch) this.apply(item, false);
      } catch (err) {
        if (this.stopped) return;
        if (!failing)
          this.log.warn(
            { err: { message: (err as Error).message } },
            'shared log stream unreachable',
          );
        failing = true;
        for (const l of [...this.listeners]) l.onRetrying(STATE_DOWN, 1000);
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
    this.conn.disconnect();
  }

  private apply(item: StreamItem, loading: boolean): void {
    this.lastId = item.id;
    const e = item.entry;
    if (!e) return;
    if (loading && e.t === 'error') {
      // A run that failed for good: whoever opens the log now gets a fresh attempt.
      this.current = undefined;
      this.ended = false;
      return;
    }
    this.applyEntry(e);
  }

  private applyEntry(e: TailEntry): void {
    const all = [...this.listeners];
    switch (e.t) {
      case 'root':
        this.root(e.cursor);
        return;
      case 'page':
        if (!this.current) this.root(e.from);
        if (e.from !== this.current!.head) {
          this.log.warn('shared log stream is not contiguous; its viewers must reopen it');
          this.error = RESTARTED;
          for (const l of all) l.onError(RESTARTED);
          return;
        }
        this.current!.append(e);
        for (const l of all) l.onPage();
        return;
      case 'status':
        this.status = e.status as S;
        for (const l of all) l.onStatus(this.status);
        return;
      case 'retrying':
        for (const l of all) l.onRetrying(e.body, e.delayMs);
        return;
      case 'end':
        this.ended = true;
        for (const l of all) l.onEnd();
        return;
      case 'error':
        this.error = e.body;
        for (const l of all) l.onError(e.body);
    }
  }

  private root(cursor: string): void {
    if (this.current) return;
    this.current = new PageChain(cursor, this.deps.maxBufferedLines);
    this.rooted?.();
  }
}
