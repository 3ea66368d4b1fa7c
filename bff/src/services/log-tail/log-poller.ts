import { ConsoleErrorCode, isV1Terminal, type ConsoleErrorBody } from '@console/shared';
import type { Logger } from 'pino';
import {
  ModelArtsCallError,
  type LogTarget,
  type ModelArtsLogClient,
} from '../../clients/modelarts-client.js';
import { PageChain } from './page-chain.js';

export const AOM_PAGE_SIZE = 500;
/** Consecutive network / 5xx failures (one per interval) before the stream gives up. */
const MAX_TRANSIENT_FAILURES = 10;

/** Whoever follows a poller: viewers. */
export interface PollerListener {
  onPage(): void;
  onStatus(status: number): void;
  onEnd(): void;
  onError(body: ConsoleErrorBody): void;
}

export interface PollerDeps {
  client: ModelArtsLogClient;
  /** A live token for the target's project, or undefined when no session can serve one. */
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
 * Reads one log file forward from `root` (aom-log, base_line=<head>, order=desc, 500 lines): again at
 * once while pages come back full, else after `intervalMs`. Each round also reads the version's
 * status; once a terminal status was seen and a later read came back short, the log is drained.
 */
export class LogPoller {
  readonly chain: PageChain;
  status: number | undefined;
  ended = false;
  error: ConsoleErrorBody | undefined;
  private readonly listeners = new Set<PollerListener>();
  private stopped = false;
  private wakeUp: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly log: Logger;

  constructor(
    readonly target: LogTarget,
    private readonly deps: PollerDeps,
    root = '0',
  ) {
    this.chain = new PageChain(root, deps.maxBufferedLines);
    this.log = deps.logger.child({ module: 'log-poller', job: target.jobId, file: target.logFile });
  }

  get finished(): boolean {
    return this.ended || this.error !== undefined;
  }

  subscribe(l: PollerListener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  start(): void {
    void this.run();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.wakeUp?.();
  }

  /** Lines of a page whose content was evicted: re-read exactly (base_line=from, lines=count). */
  async linesOf(index: number, token: string): Promise<string[]> {
    const p = this.chain.page(index);
    if (p.lines) return p.lines;
    const page = await this.deps.client.readAomLog(this.target, token, {
      baseLine: p.from,
      lines: p.count,
      order: 'desc',
    });
    if (page.endLine !== p.to) {
      throw new ModelArtsCallError(
        502,
        { error_code: ConsoleErrorCode.upstreamUnreachable, error_msg: 'The log changed upstream' },
        false,
      );
    }
    return page.lines;
  }

  private async run(): Promise<void> {
    let failures = 0;
    let terminalSeen = false;
    while (!this.stopped) {
      let full = false;
      try {
        const token = this.deps.token();
        if (!token) {
          this.fail({
            error_code: ConsoleErrorCode.unauthenticated,
            error_msg: 'No live session for this project; sign in again',
          });
          return;
        }
        const status = await this.deps.client.versionStatus(this.target, token);
        if (this.stopped) return;
        if (status !== this.status) {
          this.status = status;
          for (const l of [...this.listeners]) l.onStatus(status);
        }
        if (isV1Terminal(status)) terminalSeen = true;
        const page = await this.deps.client.readAomLog(this.target, token, {
          baseLine: this.chain.head,
          lines: AOM_PAGE_SIZE,
          order: 'desc',
        });
        if (this.stopped) return;
        failures = 0;
        full = Math.max(page.count, page.lines.length) >= AOM_PAGE_SIZE;
        if (page.lines.length > 0 && page.endLine !== '' && page.endLine !== this.chain.head) {
          this.chain.append({ to: page.endLine, count: page.count, lines: page.lines });
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
