import type { ConsoleErrorBody } from '@console/shared';
import { isTokenRejected } from '../../clients/modelarts-error.js';
import { SESSION_ENDED } from '../session-streams.js';
import { toErrorBody } from '../../error-body.js';
import type { PollerListener } from './log-poller.js';
import type { TailFeed } from './tail-feed.js';

/** Where a viewer's events go (the SSE writer); no HTTP types here. */
export interface LogSink<S> {
  log(id: string, lines: string[]): void;
  status(status: S): void;
  /** The job is terminal and its log drained (the status is the last one read). */
  end(status: S | undefined): void;
  error(body: ConsoleErrorBody): void;
  /** The upstream failed transiently; the stream goes on after `delayMs` (no event type of its own). */
  retrying(body: ConsoleErrorBody, delayMs: number): void;
}

/** Whose session a viewer reads with. */
export interface ViewerSession {
  /** The viewer's own session token; undefined once its session has ended. */
  token: () => string | undefined;
  /** The upstream rejected the viewer's token (401 token error): its session has ended. */
  onUnauthorized?: () => void;
}

/**
 * One browser following a feed (a local poller, or a Redis mirror) from a page index: replays the chain (buffer, or exact upstream
 * re-reads for evicted pages) and then follows new pages. Each page is sent once, in order.
 */
export class LogViewer<S> implements PollerListener<S> {
  private pumping = false;
  private closed = false;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly poller: TailFeed<S>,
    private index: number,
    private readonly sink: LogSink<S>,
    private readonly session: ViewerSession,
    private readonly onDone: () => void,
  ) {}

  attach(): void {
    this.unsubscribe = this.poller.subscribe(this);
    if (this.poller.status !== undefined) this.sink.status(this.poller.status);
    if (this.poller.error) {
      this.onError(this.poller.error);
      return;
    }
    void this.pump();
  }

  detach(): void {
    this.closed = true;
    this.unsubscribe?.();
  }

  onPage(): void {
    void this.pump();
  }

  onStatus(status: S): void {
    if (!this.closed) this.sink.status(status);
  }

  onEnd(): void {
    void this.pump();
  }

  onError(body: ConsoleErrorBody): void {
    if (this.closed) return;
    this.sink.error(body);
    this.finish();
  }

  onRetrying(body: ConsoleErrorBody, delayMs: number): void {
    if (!this.closed) this.sink.retrying(body, delayMs);
  }

  /** The upstream refused this viewer's token: it ends with Console.0401 and its session too. */
  unauthorized(): void {
    if (this.closed) return;
    this.onError(SESSION_ENDED);
    this.session.onUnauthorized?.();
  }

  private finish(): void {
    this.detach();
    this.onDone();
  }

  private async pump(): Promise<void> {
    if (this.pumping || this.closed) return;
    this.pumping = true;
    try {
      const chain = this.poller.chain;
      while (!this.closed && this.index < chain.length) {
        const page = chain.page(this.index);
        let lines = page.lines;
        if (!lines) {
          const token = this.session.token();
          if (!token) {
            this.onError(SESSION_ENDED);
            return;
          }
          lines = await this.poller.linesOf(this.index, token);
        }
        if (this.closed) return;
        this.sink.log(page.to, lines);
        this.index += 1;
      }
      if (!this.closed && this.poller.ended && this.index === chain.length) {
        this.sink.end(this.poller.status);
        this.finish();
      }
    } catch (err) {
      if (isTokenRejected(err)) this.unauthorized();
      else this.onError(toErrorBody(err));
    } finally {
      this.pumping = false;
    }
  }
}
