import type { LogSource } from './log-source.js';
import type { LogSink, ViewerSession } from './log-viewer.js';

export interface OpenViewer<S> extends ViewerSession {
  /** What to read; viewers with the same `source.key` share one poller. */
  source: LogSource<S>;
  /** Last-Event-ID: the cursor after which the viewer wants lines; undefined = from the start. */
  after: string | undefined;
  sink: LogSink<S>;
  /** The viewer's account (user + domain): a poller it starts counts against that account's cap. */
  account: string;
}

export interface RegistryStats {
  /** Logs followed here (shared pollers, or mirrors of a shared Redis stream). */
  shared: number;
  viewers: number;
  /** Exact pollers for a cursor the shared chain lacks: alive now, and ever started. */
  private: number;
  privateStarted: number;
  /** With Redis: logs whose upstream poller runs on this replica. */
  holding?: number;
}

/**
 * Where the live-log route opens viewers: in this process (LogTailRegistry, the default) or shared
 * by the replicas through Redis (SharedTailRegistry, with REDIS_URL).
 */
export interface TailRegistry<S> {
  stats(): RegistryStats;
  /** Throws TooManyRequestsError (429) when opening would need a poller beyond the budget. */
  assertCapacity(v: Pick<OpenViewer<S>, 'source' | 'after' | 'account'>): void | Promise<void>;
  /** Starts streaming to `v.sink`; resolves to the function that detaches the viewer. */
  open(v: OpenViewer<S>): (() => void) | Promise<() => void>;
  /** Graceful shutdown: stop polling so that another replica takes over (no-op alone). */
  handOver(): Promise<void>;
  closeAll(): void;
}
