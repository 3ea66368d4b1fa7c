import type { ConsoleErrorBody } from '@console/shared';
import type { Logger } from 'pino';
import { ModelArtsCallError, isTokenRejected } from '../../clients/modelarts-error.js';
import type { LogSource } from './log-source.js';
import { PageChain } from './page-chain.js';
import type { JobPacer } from './job-pacer.js';
import { PollBackoff } from './poll-backoff.js';
import { PollSchedule } from './poll-schedule.js';
import { toErrorBody } from '../../error-body.js';

/** Default LOG_RETRY_BUDGET_MS: how long transient failures may last before a stream ends. */
export const DEFAULT_RETRY_BUDGET_MS = 120_000;
/** Longest wait between two attempts of a failing poller. */
const MAX_BACKOFF_MS = 10_000;

/** Whoever follows a poller: viewers. */
export interface PollerListener<S> {
  onPage(): void;
  onStatus(status: S): void;
  onEnd(): void;
  onError(body: ConsoleErrorBody): void;
  /** A transient failure (network, 5xx, 429): the poller tries again in `delayMs`. */
  onRetrying(body: ConsoleErrorBody, delayMs: number): void;
}

export interface PollerDeps {
  /** A token of a viewer attached right now; undefined pauses the poller (no upstream call). */
  token: () => string | undefined;
  /**
   * The upstream rejected `token` (401 ModelArts.0201/0202/0203): its session has ended. The
   * poller goes on with the token of another viewer; without this hook the poller fails instead.
   */
  onTokenRejected?: (token: string) => void;
  intervalMs: number;
  /** How long transient failures may go on before the poller gives up (LOG_RETRY_BUDGET_MS). */
  retryBudgetMs?: number;
  /** Longest wait between attempts while failing (default 10 s). */
  maxBackoffMs?: number;
  logger: Logger;
  maxBufferedLines?: number;
  /** The job's shared request rate (JobPacer): every paid request waits for its turn there. */
  pacer?: JobPacer;
}

/**
 * Reads one log forward from `root` through its source, paced by a PollSchedule (at most one
 * upstream request per `intervalMs` on average; the log read at once again while reads come back
 * full; the status read rarely while lines flow, soon when they stop) and, with a `pacer`, by the
 * request rate its job shares with its other logs (JobPacer: the logs take turns). Once a terminal status was
 * seen and a later read came back short, the log is drained and the poller ends. Transient failures (429
 * included) back off (see PollBackoff) and the next round starts from the same head, so a stream
 * resumes with nothing lost or repeated; other failures end it.
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
  private readonly backoff: PollBackoff;

  constructor(
    readonly source: LogSource<S>,
    private readonly deps: PollerDeps,
    root = source.origin,
  ) {
    this.chain = new PageChain(root, deps.maxBufferedLines);
    this.log = deps.logger.child({ module: 'log-poller', ...source.logContext });
    this.backoff = new PollBackoff({
      initialMs: deps.intervalMs,
      maxMs: Math.max(deps.intervalMs, deps.maxBackoffMs ?? MAX_BACKOFF_MS),
      budgetMs: deps.retryBudgetMs ?? DEFAULT_RETRY_BUDGET_MS,
    });
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
    const schedule = new PollSchedule(this.deps.intervalMs, Date.now());
    while (!this.stopped) {
      const token = this.deps.token();
      if (!token) {
        // Nobody attached can read this log: never borrow another session's token, just wait.
        // A pause is no failure: failures before it do not count towards the next budget.
        this.backoff.reset();
        await this.sleep(this.deps.intervalMs);
        continue;
      }
      const wait = schedule.waitMs(Date.now());
      if (wait > 0) {
        await this.sleep(wait);
        continue;
      }
      // chosen before the job's turn: after a wait in line the status would always look stale
      const request = schedule.next(Date.now());
      if (this.deps.pacer && !schedule.nextIsFree(Date.now())) {
        await this.turn(this.deps.pacer);
        if (this.stopped) return;
        // the viewers may have changed while the job's other logs had their turns
        if (this.deps.token() !== token) continue;
      }
      schedule.sent(request, Date.now());
      try {
        if (request === 'status') await this.readStatus(token, schedule);
        else if (await this.readLog(token, schedule)) return;
        if (this.stopped) return;
        this.recovered();
      } catch (err) {
        if (this.stopped) return;
        const delay = this.afterFailure(err, token);
        if (delay === undefined) return;
        await this.sleep(delay);
      }
    }
  }

  private async readStatus(token: string, schedule: PollSchedule): Promise<void> {
    const status = await this.source.readStatus(token);
    if (this.stopped) return;
    schedule.statusRead(Date.now(), this.source.isTerminal(status));
    if (this.status === undefined || !this.source.sameStatus(status, this.status)) {
      this.status = status;
      for (const l of [...this.listeners]) l.onStatus(status);
    }
  }

  /** One forward read; true when the log is drained (the poller has ended). */
  private async readLog(token: string, schedule: PollSchedule): Promise<boolean> {
    const terminalSeen = schedule.terminalSeen;
    const read = await this.source.read(this.chain.head, token, terminalSeen);
    if (this.stopped) return true;
    const grew = read.page !== undefined && read.page.to !== this.chain.head;
    if (grew && read.page) {
      this.chain.append(read.page);
      for (const l of [...this.listeners]) l.onPage();
    }
    schedule.logRead(grew, read.full);
    if (!terminalSeen || read.full) return false;
    this.ended = true;
    this.log.debug({ pages: this.chain.length }, 'log drained');
    for (const l of [...this.listeners]) l.onEnd();
    return true;
  }

  /** How long to wait after a failed round, or undefined when the poller has failed for good. */
  private afterFailure(err: unknown, token: string): number | undefined {
    if (isTokenRejected(err) && this.deps.onTokenRejected) {
      // That viewer's session is over; the others read on (with their own tokens).
      this.deps.onTokenRejected(token);
      return this.deps.intervalMs;
    }
    const body = toErrorBody(err);
    if (err instanceof ModelArtsCallError && err.transient) {
      const delay = this.backoff.failed(err.retryAfterMs);
      if (delay !== undefined) {
        this.log.info({ err: body, status: err.status, delayMs: delay }, 'log poller retries');
        for (const l of [...this.listeners]) l.onRetrying(body, delay);
        return delay;
      }
      const since = this.backoff.failingSince ?? Date.now();
      this.log.warn({ err: body, failingMs: Date.now() - since }, 'log poller gives up');
    } else {
      this.log.warn({ err: body }, 'log poller gives up');
    }
    this.fail(body);
    return undefined;
  }

  private recovered(): void {
    if (this.backoff.failingSince === undefined) return;
    this.log.info({ failingMs: Date.now() - this.backoff.failingSince }, 'log poller recovered');
    this.backoff.reset();
  }

  private fail(body: ConsoleErrorBody): void {
    this.error = body;
    for (const l of [...this.listeners]) l.onError(body);
  }

  /** Waits for the job's turn (stop() gives the place up). */
  private async turn(pacer: JobPacer): Promise<void> {
    const turn = pacer.take();
    this.wakeUp = turn.cancel;
    await turn.granted;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wakeUp = resolve;
      this.timer = setTimeout(resolve, ms);
    });
  }
}
