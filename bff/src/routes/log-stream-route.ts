import type { Request, Response } from 'express';
import type { ConsoleErrorBody } from '@console/shared';
import { ConsoleError } from '../errors.js';
import { requestId } from '../middleware/error-handler.js';
import { toErrorBody } from '../services/log-tail/log-poller.js';
import type { LogSource } from '../services/log-tail/log-source.js';
import type { LogTailRegistry } from '../services/log-tail/log-tail-registry.js';
import type { SessionStore } from '../services/session-store.js';
import { SESSION_ENDED, type SessionStreams } from '../services/session-streams.js';
import { heartbeat, sseSink, startEventStream, type DescribeStatus } from './sse-writer.js';

export interface StreamOptions<S> {
  registry: LogTailRegistry<S>;
  store: SessionStore;
  /** Open streams per session (cap, and closing them when the session ends). */
  streams: SessionStreams;
  heartbeatMs: number;
  source: LogSource<S>;
  /** Last-Event-ID (already validated). */
  after: string | undefined;
  describe: DescribeStatus<S>;
}

function errorBodyOf(err: unknown): ConsoleErrorBody {
  if (err instanceof ConsoleError) return { error_code: err.code, error_msg: err.message };
  return toErrorBody(err);
}

/**
 * Turns the response into an SSE stream fed by the registry's shared poller for `source`. Limits
 * (streams per session, pollers) answer 429 before the stream starts; the viewer's own access is
 * then checked with its own token (reading the source's status) before it joins any poller, and an
 * upstream refusal arrives as an `error` event.
 */
export async function serveLogStream<S>(
  req: Request,
  res: Response,
  o: StreamOptions<S>,
): Promise<void> {
  const sessionId = req.sessionId;
  const session = req.session;
  if (!session || !sessionId) throw new Error('requireSession must run first');

  o.registry.assertCapacity(o.source.key);
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
      o.store.touch(sessionId);
      written.log(id, lines);
    },
  };
  const fail = (body: ConsoleErrorBody) => {
    if (!stream.closed) sink.error(body);
  };
  stream.release = o.streams.add(sessionId, { fail });

  startEventStream(res);
  stream.beat = heartbeat(res, o.heartbeatMs);
  res.on('close', close);
  try {
    await o.source.readStatus(session.token);
  } catch (err) {
    fail(errorBodyOf(err));
    return;
  }
  if (stream.closed) return;
  if (!o.store.get(sessionId)) {
    fail(SESSION_ENDED);
    return;
  }
  let detach: () => void;
  try {
    detach = o.registry.open({
      source: o.source,
      after: o.after,
      sink,
      token: () => o.store.get(sessionId)?.token,
    });
  } catch (err) {
    fail(errorBodyOf(err));
    return;
  }
  if (stream.closed) detach();
  else stream.detach = detach;
}
