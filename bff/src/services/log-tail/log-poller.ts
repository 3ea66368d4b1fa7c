import { ConsoleErrorCode, type ConsoleErrorBody } from '@console/shared';
import type { Logger } from 'pino';
import { ModelArtsCallError } from '../../clients/modelarts-client.js';
import type { LogSource } from './log-source.js';
import { PageChain } from './page-chain.js';

/** Consecutive network / 5xx failures (one per interval) before the stream gives up. */
const MAX_TRANSIENT_FAILURES = 10;

/** Whoever follows a poller: viewers. */
export interface PollerListener<S> {
  onPage(): void;
  onStatus(status: S): void;
  onEnd(): void;
  onError(body: ConsoleErrorBody): void;
}

export interface PollerDeps {
  /** A token of a viewer attached right now; undefined pauses the poller (no upstream call). */
  token: () => string | undefined;
  intervalMs: number;
  logger: Logger;
  maxBufferedLines?: number;
}

export function toErrorBody(err: unknown): ConsoleErrorBody {
  if (err instanceof ModelArtsCallError) return err.body;
  return { error_code: ConsoleErrorCode.internal, error_msg: 'The log stream failed' };
}

/**
 * Reads one log forward from `root` through its source: again at once while reads come back full,
 * else after `intervalMs`. Each round reads the status first; once a terminal status was seen and a
 * later read came back short, the log is drained and the poller ends.
 */
export class LogPoller<S> {
  readonly chain: PageChain;
  status: S | undefined;
  ended = false;
  error: ConsoleErrorBody | undefined;
  private readonly listeners = new Set<PollerListener<S>>();
  private stopped = false;
  private started = false;
  private wakeUp: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly log: Logger;

  constructor(
    readonly source: LogSource<S>,
    private readonly deps: PollerDeps,
    root = source.origin,
  ) {
    this.chain = new PageChain(root, deps.maxBufferedLines);
    this.log = deps.logger.child({ module: 'log-poller', ...source.logContext });
  }

  get finished(): boolean {
    return this.ended || this.error !== undefined;
  }

  subscribe(l: PollerListener<S>): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  /** Starts polling (once; later calls do nothing). */
  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    void this.run();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.wakeUp?.();
  }

  /** Lines of page `index`, re-read from the upstream when evicted from the buffer. */
  async linesOf(index: number, token: string): Promise<string[]> {
    const p = this.chain.page(index);
    return p.lines ?? (await this.source.reread(p, token));
  }

  private async run(): Promise<void> {
    let failures = 0;
    let terminalSeen = false;
    while (!this.stopped) {
      let full = false;
      try {
        const token = this.deps.token();
        if (!token) {
          // Nobody attached can read this log: never borrow another session's token, just wait.
          await this.sleep(this.deps.intervalMs);
          continue;
        }
        const status = await this.source.readStatus(token);
        if (this.stopped) return;
        if (this.status === undefined || !this.source.sameStatus(status, this.status)) {
          this.status = status;
          for (const l of [...this.listeners]) l.onStatus(status);
        }
        if (this.source.isTerminal(status)) terminalSeen = true;
        const read = await this.source.read(this.chain.head, token, terminalSeen);
        if (this.stopped) return;
        failures = 0;
        full = read.full;
        if (read.page && read.page.to !== this.chain.head) {
          this.chain.append(read.page);
          for (const l of [...this.listeners]) l.onPage();
        }
        if (terminalSeen && !full) {
          this.ended = true;
          this.log.debug({ pages: this.chain.length }, 'log drained');
          for (const l of [...this.listeners]) l.onEnd();
          return;
        }
      } catch (err) {
        const transient = err instanceof ModelArtsCallError && err.transient;
        if (!transient || ++failures >= MAX_TRANSIENT_FAILURES) {
          this.log.warn({ err: toErrorBody(err) }, 'log poller gives up');
          this.fail(toErrorBody(err));
          return;
        }
      }
      if (!full) await this.sleep(this.deps.intervalMs);
    }
  }

  private fail(body: ConsoleErrorBody): void {
    this.error = body;
    for (const l of [...this.listeners]) l.onError(body);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wakeUp = resolve;
      this.timer = setTimeout(resolve, ms);
    });
  }
}
