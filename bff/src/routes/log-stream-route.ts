import type { Request, Response } from 'express';
import type { LogSource } from '../services/log-tail/log-source.js';
import type { TailRegistry } from '../services/log-tail/tail-registry.js';
import { serveEventStream, type StreamGuards } from './event-stream-route.js';
import { sseSink, type DescribeStatus } from './sse-writer.js';

export { accountOf } from './event-stream-route.js';

export interface StreamOptions<S> extends StreamGuards {
  registry: TailRegistry<S>;
  source: LogSource<S>;
  /** Last-Event-ID (already validated). */
  after: string | undefined;
  describe: DescribeStatus<S>;
}

/**
 * Turns the response into an SSE stream of one log fed by the registry's shared poller for
 * `source` (access, limits and session handling: event-stream-route.ts).
 */
export function serveLogStream<S>(req: Request, res: Response, o: StreamOptions<S>): Promise<void> {
  return serveEventStream(req, res, o, {
    checkSource: o.source,
    assertCapacity: (account) =>
      o.registry.assertCapacity({ source: o.source, after: o.after, account }),
    sink: (out, id, control) => sseSink(out, id, control, o.describe),
    open: (sink, viewer) => o.registry.open({ source: o.source, after: o.after, sink, ...viewer }),
  });
}
