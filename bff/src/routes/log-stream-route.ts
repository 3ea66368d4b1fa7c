import type { Request, Response } from 'express';
import type { ConsoleErrorBody } from '@console/shared';
import { isTokenRejected } from '../clients/modelarts-error.js';
import { requestId } from '../middleware/error-handler.js';
import { toErrorBody } from '../error-body.js';
import type { AccessChecks } from '../services/log-tail/access-checks.js';
import type { LogSource } from '../services/log-tail/log-source.js';
import type { TailRegistry } from '../services/log-tail/tail-registry.js';
import type { SessionStore } from '../services/session-store.js';
import { SESSION_ENDED, type SessionStreams } from '../services/session-streams.js';
import { heartbeat, sseSink, startEventStream, type DescribeStatus } from './sse-writer.js';

export interface StreamOptions<S> {
  /** The viewer's access check (shared by viewers connecting together). */
  access: AccessChecks;
  registry: TailRegistry<S>;
  store: SessionStore;
  /** Open streams per session (cap, and closing them when the session ends). */
  streams: SessionStreams;
  heartbeatMs: number;
  source: LogSource<S>;
  /** Last-Event-ID (already validated). */
  after: string | undefined;
  describe: DescribeStatus<S>;
  /** The upstream rejected the session's token (401 ModelArts.0201/0202/0203): end the session. */
  onUpstreamUnauthorized?: (sessionId: string) => void;
}

/** The key of the per-account poller cap: one account is one user of one domain. */
export function accountOf(session: { user: string; domain: string }): string {
  return JSON.stringify([session.domain, session.user]);
}

/**
 * Turns the response into an SSE stream fed by the registry's shared poller for `source`. Limits
 * (streams per session, pollers in total and per account) answer 429 before the stream starts; the
 * viewer's own access is then checked with its own token (reading the source's status) before it
 * joins any poller, and an upstream refusal arrives as an `error` event. A rejected token (now or
 * later) ends the stream with Console.0401 and calls `onUpstreamUnauthorized`.
 */
export async function serveLogStream<S>(
  req: Request,
  res: Response,
  o: StreamOptions<S>,
): Promise<void> {
  const sessionId = req.sessionId;
  const session = req.session;
  if (!session || !sessionId) throw new Error('requireSession must run first');

  const account = accountOf(session);
  await o.registry.assertCapacity({ source: o.source, after: o.after, account });
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
  const written = sseSink(res, requestId(req), close, o.describe);
  // Log lines the user is watching count as activity (restart the idle timeout); heartbeats do not,
  // so an open tab on a silent or finished job does not keep the session alive.
  const sink: typeof written = {
    ...written,
    log: (id, lines) => {
      void o.store.touch(sessionId).then(
        (alive) => alive || fail(SESSION_ENDED),
        () => undefined, // the shared store unreachable for a moment: the stream reads on
      );
      written.log(id, lines);
    },
  };
  const fail = (body: ConsoleErrorBody) => {
    if (!stream.closed) sink.error(body);
  };
  const unauthorized = () => o.onUpstreamUnauthorized?.(sessionId);
  // hangUp: the replica shuts down; the browser reconnects (to another replica) with its last id.
  stream.release = o.streams.add(sessionId, { fail, hangUp: close });

  startEventStream(res);
  stream.beat = heartbeat(res, o.heartbeatMs);
  res.on('close', close);
  try {
    await o.access.check(o.source, session.token);
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
  const live = await o.store.get(sessionId).catch((err: unknown) => err as Error);
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
    detach = await o.registry.open({
      source: o.source,
      after: o.after,
      sink,
      account,
      token: () => o.store.cached(sessionId)?.token,
      onUnauthorized: unauthorized,
    });
  } catch (err) {
    fail(toErrorBody(err));
    return;
  }
  if (stream.closed) detach();
  else stream.detach = detach;
}
