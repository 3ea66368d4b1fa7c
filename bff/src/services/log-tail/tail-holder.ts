import type { Logger } from 'pino';
import { LogPoller, type PollerDeps, type PollerListener } from './log-poller.js';
import type { LogSource } from './log-source.js';
import type { TailEntry } from './tail-entries.js';
import type { TailKeys, TailStore } from './tail-store.js';

export interface TailHolderDeps extends Omit<PollerDeps, 'token' | 'onTokenRejected'> {
  store: TailStore;
  /** Unique per replica and log: the lease's value. */
  holderId: string;
  /** The lease lasts this long unless renewed (renewed 5 times per lease). */
  leaseMs: number;
  /** A token of a viewer attached on this replica; none: this replica gives the lease up. */
  token: () => string | undefined;
  onTokenRejected: (token: string) => void;
  /** Where a log without a stream starts (the first viewer's cursor). */
  root: () => string;
  /** The mirror saw the log end or fail: nothing more to poll. */
  finished: () => boolean;
  /** Called on every lease renewal (keeps the poller's budget slot). */
  onHeld?: () => Promise<void>;
  logger: Logger;
}

/**
 * Competes for one log's lease in Redis; while it holds it, runs the only upstream poller of that
 * log across all replicas (rooted at the last published cursor, so a takeover loses and repeats
 * nothing) and publishes what it reads, fenced by the lease. Gives the lease up when no viewer on
 * this replica can read the log (so a replica that has viewers takes over), on shutdown, and when
 * the log ended.
 */
export class TailHolder<S> {
  private timer: NodeJS.Timeout | undefined;
  private poller: LogPoller<S> | undefined;
  private published = 0;
  private queue: Promise<void> = Promise.resolve();
  private ticking = false;
  private stopped = false;
  /** This replica published the log's end (or failure): it never polls it again. */
  private done = false;
  private readonly log: Logger;

  constructor(
    private readonly source: LogSource<S>,
    private readonly keys: TailKeys,
    private readonly deps: TailHolderDeps,
  ) {
    this.log = deps.logger.child({ module: 'tail-holder', ...source.logContext });
  }

  get holding(): boolean {
    return this.poller !== undefined;
  }

  start(): void {
    const every = Math.max(10, Math.floor(this.deps.leaseMs / 5));
    this.timer = setInterval(() => void this.tick(), every);
    this.timer.unref();
    void this.tick();
  }

  /** Stops polling and releases the lease (another replica takes over at its next tick). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.resign();
  }

  /** One round: renew or try to take the lease, or give it up. Never throws. */
  async tick(): Promise<void> {
    if (this.ticking || this.stopped) return;
    this.ticking = true;
    try {
      if (this.done || this.deps.finished() || !this.deps.token()) {
        if (this.holding) await this.resign();
        return;
      }
      const { store, holderId, leaseMs } = this.deps;
      if (this.holding) {
        if (await store.renew(this.keys, holderId, leaseMs)) await this.deps.onHeld?.();
        else this.drop('lease lost');
      } else if (await store.acquire(this.keys, holderId, leaseMs)) {
        await this.takeOver();
      }
    } catch (err) {
      // Redis unreachable: stop reading (nothing read could be published); the lease runs out.
      if (this.holding) this.drop('shared state unreachable');
      this.log.debug({ err: { message: (err as Error).message } }, 'lease round failed');
    } finally {
      this.ticking = false;
    }
  }

  private async takeOver(): Promise<void> {
    const { store, holderId } = this.deps;
    let head = await store.head(this.keys);
    if (head === undefined) {
      head = this.deps.root();
      if (!(await store.publish(this.keys, holderId, { t: 'root', cursor: head }))) return;
    }
    await this.deps.onHeld?.();
    const poller = new LogPoller<S>(this.source, { ...this.deps }, head);
    this.poller = poller;
    this.published = 0;
    this.log.debug({ head }, 'polling this log for all replicas');
    const listener: PollerListener<S> = {
      onPage: () => {
        while (this.published < poller.chain.length) {
          const p = poller.chain.page(this.published++);
          this.send(poller, {
            t: 'page',
            from: p.from,
            to: p.to,
            count: p.count,
            lines: p.lines ?? [],
          });
        }
      },
      onStatus: (status) => this.send(poller, { t: 'status', status }),
      onEnd: () => this.send(poller, { t: 'end' }, true),
      onError: (body) => this.send(poller, { t: 'error', body }, true),
      onRetrying: (body, delayMs) => this.send(poller, { t: 'retrying', body, delayMs }),
    };
    poller.subscribe(listener);
    poller.start();
  }

  /** Publishes in order; a refused (lease lost) or failed publication stops this poller. */
  private send(poller: LogPoller<S>, entry: TailEntry, last = false): void {
    this.queue = this.queue.then(async () => {
      if (this.poller !== poller) return;
      let ok = false;
      try {
        ok = await this.deps.store.publish(this.keys, this.deps.holderId, entry);
      } catch {
        ok = false;
      }
      if (!ok) this.drop('publication refused');
      else if (last) {
        this.done = true;
        await this.resign();
      }
    });
  }

  private drop(why: string): void {
    this.poller?.stop();
    this.poller = undefined;
    this.log.debug({ why }, 'stopped polling this log');
  }

  private async resign(): Promise<void> {
    const wasHolding = this.holding;
    this.drop('resigned');
    if (!wasHolding) return;
    try {
      await this.deps.store.release(this.keys, this.deps.holderId);
    } catch {
      // Unreachable: the lease runs out by itself.
    }
  }
}
