import type { Request, Response } from 'express';
import { requestId } from '../middleware/error-handler.js';
import type { LogSource } from '../services/log-tail/log-source.js';
import type { LogTailRegistry } from '../services/log-tail/log-tail-registry.js';
import type { SessionStore } from '../services/session-store.js';
import { heartbeat, sseSink, startEventStream, type DescribeStatus } from './sse-writer.js';

export interface StreamOptions<S> {
  registry: LogTailRegistry<S>;
  store: SessionStore;
  heartbeatMs: number;
  source: LogSource<S>;
  /** Last-Event-ID (already validated). */
  after: string | undefined;
  describe: DescribeStatus<S>;
}

/** Turns the response into an SSE stream fed by the registry's shared poller for `source`. */
export function serveLogStream<S>(req: Request, res: Response, o: StreamOptions<S>): void {
  const sessionId = req.sessionId;
  if (!req.session || !sessionId) throw new Error('requireSession must run first');

  startEventStream(res);
  // The sink may close synchronously inside open() (e.g. a poller that already failed).
  const stream: { detach?: () => void; closed: boolean } = { closed: false };
  const beat = heartbeat(res, o.heartbeatMs);
  const close = () => {
    if (stream.closed) return;
    stream.closed = true;
    clearInterval(beat);
    stream.detach?.();
    res.end();
  };
  res.on('close', close);
  const detach = o.registry.open({
    source: o.source,
    after: o.after,
    sink: sseSink(res, requestId(req), close, o.describe),
    token: () => o.store.get(sessionId)?.token,
  });
  if (stream.closed) detach();
  else stream.detach = detach;
}
