import type { Request, Response } from 'express';
import type { ConsoleErrorBody } from '@console/shared';
import { isTokenRejected } from '../clients/modelarts-error.js';
import { requestId } from '../middleware/error-handler.js';
import { toErrorBody } from '../error-body.js';
import type { AccessChecks } from '../services/log-tail/access-checks.js';
import type { LogSource } from '../services/log-tail/log-source.js';
import type { ViewerSession } from '../services/log-tail/log-viewer.js';
import type { SessionStore } from '../services/session-store.js';
import {
  SESSION_ENDED,
  type SessionStreams,
  type TrackedStream,
} from '../services/session-streams.js';
import { heartbeats } from './heartbeats.js';
import { startEventStream, type StreamControl } from './sse-writer.js';

/** What every live-log stream of a session shares: access, limits, session, heartbeat. */
export interface StreamGuards {
  /** The viewer's access check (shared by viewers connecting together). */
  access: AccessChecks;
  store: SessionStore;
  /** Open streams per session (cap, and closing them when the session ends). */
  streams: SessionStreams;
  heartbeatMs: number;
  /** The upstream rejected the session's token (401 ModelArts.0201/0202/0203): end the session. */
  onUpstreamUnauthorized?: (sessionId: string) => void;
}

/** The writer of one stream's events; `error` ends it. */
export interface ErrorSink {
  error(body: ConsoleErrorBody): void;
}

export interface StreamPlan<K extends ErrorSink> {
  /** The log whose status read checks the viewer's access (one read for a whole job). */
  checkSource: LogSource<unknown>;
  /** Throws TooManyRequestsError (429) before the stream starts when a poller is out of budget. */
  assertCapacity(account: string): void | Promise<void>;
  /** The event writer over `res`; `control.activity` marks lines the user watches. */
  sink(res: Response, requestId: string, control: StreamControl): K;
  /** Starts feeding `sink`; resolves to the function that detaches it. */
  open(sink: K, viewer: ViewerSession & { account: string }): Promise<() => void> | (() => void);
}

/** The key of the per-account poller cap: one account is one user of one domain. */
export function accountOf(session: { user: string; domain: string }): string {
  return JSON.stringify([session.domain, session.user]);
}

/**
 * One open stream: its slot in the session's cap, its heartbeat, the viewer it feeds. One object
 * with its methods on the prototype, so that an idle viewer holds little beyond its connection.
 */
class EventStream implements TrackedStream, StreamControl {
  closed = false;
  detach: (() => void) | undefined = undefined;
  sink: ErrorSink | undefined = undefined;

  constructor(
    private readonly res: Response,
    private readonly sessionId: string,
    private readonly g: StreamGuards,
  ) {}

  close(): void {
    if (this.closed) return;
    this.closed = true;
    heartbeats.delete(this.res, this.g.heartbeatMs);
    this.detach?.();
    this.g.streams.remove(this.sessionId, this);
    this.res.end();
  }

  /**
   * Log lines the user is watching count as activity (restart the idle timeout); heartbeats do
   * not, so an open tab on a silent or finished job does not keep the session alive.
   */
  activity(): void {
    void this.g.store.touch(this.sessionId).then(
      (alive) => alive || this.fail(SESSION_ENDED),
      () => undefined, // the shared store unreachable for a moment: the stream reads on
    );
  }

  fail(body: ConsoleErrorBody): void {
    if (!this.closed) this.sink?.error(body);
  }

  /** The replica shuts down; the browser reconnects (to another replica) with its last id. */
  hangUp(): void {
    this.close();
  }

  /** The viewer's token now (undefined once the session ended). */
  readonly token = (): string | undefined => this.g.store.cached(this.sessionId)?.token;

  /** The upstream rejected the session's token: the session is over. */
  readonly unauthorized = (): void => this.g.onUpstreamUnauthorized?.(this.sessionId);
}

/**
 * Turns the response into one SSE stream (one slot of the session's stream cap, whatever it
 * carries). Limits answer 429 before the stream starts; the viewer's own access is then checked
 * with its own token before it joins any poller, and an upstream refusal arrives as an `error`
 * event. A rejected token (now or later) ends the stream with Console.0401 and calls
 * `onUpstreamUnauthorized`. Once the stream runs, the request's own state (Express's routing
 * chain, the session read at the start) is let go: an idle stream lives for hours.
 */
export async function serveEventStream<K extends ErrorSink>(
  req: Request,
  res: Response,
  g: StreamGuards,
  plan: StreamPlan<K>,
): Promise<void> {
  const sessionId = req.sessionId;
  const session = req.session;
  if (!sessionId || !session) throw new Error('requireSession must run first');

  const account = accountOf(session);
  await plan.assertCapacity(account);
  const stream = new EventStream(res, sessionId, g);
  // The sink may close synchronously inside open() (e.g. a poller that already failed).
  const sink = plan.sink(res, requestId(req), stream);
  stream.sink = sink;
  g.streams.add(sessionId, stream);

  startEventStream(res);
  heartbeats.add(res, g.heartbeatMs);
  res.on('close', () => stream.close());
  releaseRequest(req);
  try {
    await g.access.check(plan.checkSource, session.token);
  } catch (err) {
    if (!isTokenRejected(err)) {
      stream.fail(toErrorBody(err));
      return;
    }
    stream.fail(SESSION_ENDED);
    stream.unauthorized();
    return;
  }
  if (stream.closed) return;
  // The stream has started: a failure of the shared store ends it with an event, not a throw.
  const live = await g.store.get(sessionId).catch((err: unknown) => err as Error);
  if (live instanceof Error) {
    stream.fail(toErrorBody(live));
    return;
  }
  if (!live) {
    stream.fail(SESSION_ENDED);
    return;
  }
  let detach: () => void;
  try {
    detach = await plan.open(sink, {
      account,
      token: stream.token,
      onUnauthorized: stream.unauthorized,
    });
  } catch (err) {
    stream.fail(toErrorBody(err));
    return;
  }
  if (stream.closed) detach();
  else stream.detach = detach;
}

/**
 * What Express keeps on a request for as long as it lives, and a stream no longer needs once it
 * has started: the router's `next` (its chain of closures, params and saved state of every router
 * the request passed) and the session read at the start (the stream reads it from the store).
 */
function releaseRequest(req: Request): void {
  req.next = undefined;
  req.session = undefined;
}
