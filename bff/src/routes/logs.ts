import { Router } from 'express';
import { z } from 'zod';
import { requestId } from '../middleware/error-handler.js';
import { requireSession } from '../middleware/session.js';
import type { LogTailRegistry } from '../services/log-tail/log-tail-registry.js';
import type { SessionStore } from '../services/session-store.js';
import { parseOrThrow } from '../validation.js';
import { heartbeat, sseSink, startEventStream } from './sse-writer.js';

const ParamsSchema = z.object({
  jobId: z.string().regex(/^\d{1,19}$/, 'job_id must be a number'),
  versionId: z.string().regex(/^\d{1,19}$/, 'version_id must be a number'),
});
const QuerySchema = z.object({
  log_file: z
    .string({ error: 'log_file is required' })
    .min(1, 'log_file is required')
    .max(256, 'log_file must be at most 256 characters'),
  last_event_id: z.string().optional(),
});
const CursorSchema = z
  .string()
  .regex(/^\d{1,20}$/, 'Last-Event-ID must be a cursor from this stream')
  .optional();

export interface LogsRouteDeps {
  registry: LogTailRegistry;
  store: SessionStore;
  heartbeatMs: number;
}

/** `GET /api/logs/v1/{job_id}/{version_id}?log_file=NAME` → Server-Sent Events (mounted at /api/logs). */
export function logsRouter({ registry, store, heartbeatMs }: LogsRouteDeps): Router {
  const router = Router();
  router.get('/v1/:jobId/:versionId', requireSession, (req, res) => {
    const params = parseOrThrow(ParamsSchema, req.params);
    const query = parseOrThrow(QuerySchema, req.query);
    const after = parseOrThrow(CursorSchema, req.get('last-event-id') ?? query.last_event_id);
    const session = req.session;
    const sessionId = req.sessionId;
    if (!session || !sessionId) throw new Error('requireSession must run first');

    startEventStream(res);
    // The sink may close synchronously inside open() (e.g. a poller that already failed).
    const stream: { detach?: () => void; closed: boolean } = { closed: false };
    const beat = heartbeat(res, heartbeatMs);
    const close = () => {
      if (stream.closed) return;
      stream.closed = true;
      clearInterval(beat);
      stream.detach?.();
      res.end();
    };
    res.on('close', close);
    const detach = registry.open({
      target: {
        projectId: session.projectId,
        jobId: params.jobId,
        versionId: params.versionId,
        logFile: query.log_file,
      },
      after,
      sink: sseSink(res, requestId(req), close),
      token: () => store.get(sessionId)?.token,
    });
    if (stream.closed) detach();
    else stream.detach = detach;
  });
  return router;
}
