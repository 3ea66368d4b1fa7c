import type { AomIndexCache } from '../services/log-read/aom-index-cache.js';
import { Router } from 'express';
import type { V2StatusEvent } from '@console/shared';
import type { ModelArtsLogClient } from '../clients/modelarts-client.js';
import type { ModelArtsV2LogClient } from '../clients/modelarts-v2-client.js';
import { requireSession } from '../middleware/session.js';
import { AccessChecks } from '../services/log-tail/access-checks.js';
import { AomLogSource } from '../services/log-tail/aom-log-source.js';
import type { TailRegistry } from '../services/log-tail/tail-registry.js';
import type { CountLogLines } from '../services/log-read/v2-line-count.js';
import { PreviewLogSource } from '../services/log-tail/preview-log-source.js';
import type { SessionStore } from '../services/session-store.js';
import type { SessionStreams } from '../services/session-streams.js';
import { parseOrThrow } from '../validation.js';
import {
  LastEventQuerySchema,
  LogFileQuerySchema,
  V1CursorSchema,
  V1ParamsSchema,
  V2CursorSchema,
  V2ParamsSchema,
} from './log-params.js';
import { serveLogStream } from './log-stream-route.js';
import { describeV1Status, describeV2Status } from './sse-writer.js';

export interface LogsRouteDeps {
  v1: {
    registry: TailRegistry<number>;
    client: ModelArtsLogClient;
    /** The v1 logs' line indexes (the tail's walk to a log's first page fills them). */
    indexes?: AomIndexCache;
  };
  v2: {
    registry: TailRegistry<V2StatusEvent>;
    client: ModelArtsV2LogClient;
    /** Counts the lines of bytes a v2 stream skips (the task's full log file). */
    countLines?: CountLogLines;
  };
  store: SessionStore;
  streams: SessionStreams;
  heartbeatMs: number;
  /** The upstream rejected a session's IAM token during a stream: the session has ended. */
  onUpstreamUnauthorized?: (sessionId: string) => void;
}

/**
 * Live logs as Server-Sent Events (mounted at /api/logs):
 * - `GET /v1/{job_id}/{version_id}?log_file=NAME` (aom-log, `id` = line cursor);
 * - `GET /v2/{job_id}/{task_id}` (preview, `id` = byte offset).
 */
export function logsRouter({
  v1,
  v2,
  store,
  streams,
  heartbeatMs,
  onUpstreamUnauthorized,
}: LogsRouteDeps): Router {
  const router = Router();
  const access = new AccessChecks();
  router.get('/v1/:jobId/:versionId', requireSession, async (req, res) => {
    const params = parseOrThrow(V1ParamsSchema, req.params);
    const query = parseOrThrow(LogFileQuerySchema, req.query);
    const after = parseOrThrow(
      V1CursorSchema,
      req.get('last-event-id') ?? query.last_event_id,
      'Last-Event-ID',
    );
    const projectId = req.session?.projectId ?? '';
    await serveLogStream(req, res, {
      registry: v1.registry,
      access,
      store,
      streams,
      heartbeatMs,
      after,
      describe: describeV1Status,
      onUpstreamUnauthorized,
      source: new AomLogSource(
        v1.client,
        {
          projectId,
          jobId: params.jobId,
          versionId: params.versionId,
          logFile: query.log_file,
        },
        v1.indexes,
      ),
    });
  });
  router.get('/v2/:jobId/:taskId', requireSession, async (req, res) => {
    const params = parseOrThrow(V2ParamsSchema, req.params);
    const query = parseOrThrow(LastEventQuerySchema, req.query);
    const after = parseOrThrow(
      V2CursorSchema,
      req.get('last-event-id') ?? query.last_event_id,
      'Last-Event-ID',
    );
    const projectId = req.session?.projectId ?? '';
    await serveLogStream(req, res, {
      registry: v2.registry,
      access,
      store,
      streams,
      heartbeatMs,
      after,
      describe: describeV2Status,
      onUpstreamUnauthorized,
      source: new PreviewLogSource(v2.client, { projectId, ...params }, v2.countLines),
    });
  });
  return router;
}
