import type { Request, Response } from 'express';
import type { ConsoleErrorBody } from '@console/shared';
import { isTokenRejected } from '../clients/modelarts-error.js';
import { requestId } from '../middleware/error-handler.js';
import { toErrorBody } from '../error-body.js';
import type { AccessChecks } from '../services/log-tail/access-checks.js';
import type { LogSource } from '../services/log-tail/log-source.js';
import type { ViewerSession } from '../services/log-tail/log-viewer.js';
import type { SessionStore } from '../services/session-store.js';
import { SESSION_ENDED, type SessionStreams } from '../services/session-streams.js';
import { heartbeat, startEventStream } from './sse-writer.js';

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
  /** The event writer over `res`; `activity` marks lines the user watches (session activity). */
  sink(res: Response, requestId: string, close: () => void, activity: () => void): K;
  /** Starts feeding `sink`; resolves to the function that detaches it. */
  open(sink: K, viewer: ViewerSession & { account: string }): Promise<() => void> | (() => void);
}

/** The key of the per-account poller cap: one account is one user of one domain. */
export function accountOf(session: { user: string; domain: string }): string {
  return JSON.stringify([session.domain, session.user]);
}

/**
 * Turns the response into one SSE stream (one slot of the session's stream cap, whatever it
 * carries). Limits answer 429 before the stream starts; the viewer's own access is then checked
 * with its own token before it joins any poller, and an upstream refusal arrives as an `error`
 * event. A rejected token (now or later) ends the stream with Console.0401 and calls
 * `onUpstreamUnauthorized`.
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
  // The sink may close synchronously inside open() (e.g. a poller that already failed).
  const stream: {
    detach?: () => void;
    release?: () => void;
    beat?: NodeJS.Timeout;
    closed: boolean;
  } = { closed: false };
  const close = () => {
    if (stream.closed) return;
    stream.closed = true;
    clearInterval(stream.beat);
    stream.detach?.();
    stream.release?.();
    res.end();
  };
  // Log lines the user is watching count as activity (restart the idle timeout); heartbeats do not,
  // so an open tab on a silent or finished job does not keep the session alive.
  const activity = () => {
    void g.store.touch(sessionId).then(
      (alive) => alive || fail(SESSION_ENDED),
      () => undefined, // the shared store unreachable for a moment: the stream reads on
    );
  };
  const sink = plan.sink(res, requestId(req), close, activity);
  const fail = (body: ConsoleErrorBody) => {
    if (!stream.closed) sink.error(body);
  };
  const unauthorized = () => g.onUpstreamUnauthorized?.(sessionId);
  // hangUp: the replica shuts down; the browser reconnects (to another replica) with its last id.
  stream.release = g.streams.add(sessionId, { fail, hangUp: close });

  startEventStream(res);
  stream.beat = heartbeat(res, g.heartbeatMs);
  res.on('close', close);
  try {
    await g.access.check(plan.checkSource, session.token);
  } catch (err) {
    if (!isTokenRejected(err)) {
      fail(toErrorBody(err));
      return;
    }
    fail(SESSION_ENDED);
    unauthorized();
    return;
  }
  if (stream.closed) return;
  // The stream has started: a failure of the shared store ends it with an event, not a throw.
  const live = await g.store.get(sessionId).catch((err: unknown) => err as Error);
  if (live instanceof Error) {
    fail(toErrorBody(live));
    return;
  }
  if (!live) {
    fail(SESSION_ENDED);
    return;
  }
  let detach: () => void;
  try {
    detach = await plan.open(sink, {
      account,
      token: () => g.store.cached(sessionId)?.token,
      onUnauthorized: unauthorized,
    });
  } catch (err) {
    fail(toErrorBody(err));
    return;
  }
  if (stream.closed) detach();
  else stream.detach = detach;
}
