import { Router, type Request, type Response } from 'express';
import {
  decodeJobCursor,
  jobLogStreamRoutes,
  workersSchema,
  type V2StatusEvent,
} from '@console/shared';
import { z } from 'zod';
import { ValidationError } from '../errors.js';
import { requireSession } from '../middleware/session.js';
import { AccessChecks } from '../services/log-tail/access-checks.js';
import { AomLogSource } from '../services/log-tail/aom-log-source.js';
import { openJobTail, type JobWorker } from '../services/log-tail/job-tail.js';
import type { TailRegistry } from '../services/log-tail/tail-registry.js';
import { PreviewLogSource } from '../services/log-tail/preview-log-source.js';
import { parseOrThrow } from '../validation.js';
import { serveEventStream, type StreamGuards } from './event-stream-route.js';
import { jobSseSink } from './job-sse-writer.js';
import { V1ParamsSchema, V2ParamsSchema } from './log-params.js';
import type { LogsRouteDeps } from './logs.js';
import { describeV1Status, describeV2Status, type DescribeStatus } from './sse-writer.js';

const V1Query = z.object({
  workers: workersSchema(/^[A-Za-z0-9._-]{1,128}$/, 'log file names'),
  last_event_id: z.string().optional(),
});
const V2Query = z.object({
  workers: workersSchema(/^[A-Za-z0-9_-]{1,64}$/, 'task names'),
  last_event_id: z.string().optional(),
});
const V2JobParams = V2ParamsSchema.pick({ jobId: true });

/** Each worker's cursor from Last-Event-ID (or `?last_event_id=`); a bad id is a 400 naming it. */
function cursorsOf(req: Request, query: { last_event_id?: string }, workers: number, rule: RegExp) {
  const header = req.get('last-event-id');
  const field = header !== undefined ? 'Last-Event-ID' : 'last_event_id';
  const raw = header ?? query.last_event_id;
  if (raw === undefined) return new Map<number, string>();
  const decoded = decodeJobCursor(raw, workers, rule);
  if (!decoded.ok) throw new ValidationError(`${field} ${decoded.message}`, field);
  return decoded.cursors;
}

/**
 * One stream slot for the whole job. The access check reads the job's status once (every
 * worker's source reads the same status). Each worker that needs a new poller is checked against
 * the budget before the stream starts; one refused later (the budget moved meanwhile) ends the
 * stream with an `error` event.
 */
function serveJob<S>(
  req: Request,
  res: Response,
  g: StreamGuards,
  registry: TailRegistry<S>,
  workers: [JobWorker<S>, ...JobWorker<S>[]],
  describe: DescribeStatus<S>,
): Promise<void> {
  return serveEventStream(req, res, g, {
    checkSource: workers[0].source,
    assertCapacity: async (account) => {
      for (const w of workers)
        await registry.assertCapacity({ source: w.source, after: w.after, account });
    },
    sink: (out, id, control) => jobSseSink(out, id, control, describe),
    open: (sink, viewer) => openJobTail({ registry, workers, sink, ...viewer }),
  });
}

/** The schema's list is never empty. */
function nonEmpty<T>(a: T[]): [T, ...T[]] {
  if (a.length === 0) throw new ValidationError('workers is required', 'workers');
  return a as [T, ...T[]];
}

/**
 * One live stream per job (shared/src/console/job-log-stream.ts), mounted at /api/logs:
 * - `GET /job/v1/{job_id}/{version_id}?workers=F1,F2` (the version's log files);
 * - `GET /job/v2/{job_id}?workers=worker-0,worker-1` (the job's tasks).
 * Every worker's log is read by the same shared per-log pollers as the per-log streams.
 */
export function jobLogsRouter(deps: LogsRouteDeps): Router {
  const router = Router();
  const guards: StreamGuards = {
    access: new AccessChecks(),
    store: deps.store,
    streams: deps.streams,
    heartbeatMs: deps.heartbeatMs,
    onUpstreamUnauthorized: deps.onUpstreamUnauthorized,
  };
  router.get(jobLogStreamRoutes.v1, requireSession, async (req, res) => {
    const params = parseOrThrow(V1ParamsSchema, req.params);
    const query = parseOrThrow(V1Query, req.query);
    const after = cursorsOf(req, query, query.workers.length, /^\d{1,20}$/);
    const projectId = req.session?.projectId ?? '';
    const workers = nonEmpty(
      query.workers.map((logFile, i) => ({
        name: logFile,
        after: after.get(i),
        source: new AomLogSource(
          deps.v1.client,
          { projectId, ...params, logFile },
          deps.v1.indexes,
        ),
      })),
    );
    await serveJob(req, res, guards, deps.v1.registry, workers, describeV1Status);
  });
  router.get(jobLogStreamRoutes.v2, requireSession, async (req, res) => {
    const { jobId } = parseOrThrow(V2JobParams, req.params);
    const query = parseOrThrow(V2Query, req.query);
    const after = cursorsOf(req, query, query.workers.length, /^\d{1,15}$/);
    const projectId = req.session?.projectId ?? '';
    const workers = nonEmpty<JobWorker<V2StatusEvent>>(
      query.workers.map((taskId, i) => ({
        name: taskId,
        after: after.get(i),
        source: new PreviewLogSource(
          deps.v2.client,
          { projectId, jobId, taskId },
          deps.v2.countLines,
        ),
      })),
    );
    await serveJob(req, res, guards, deps.v2.registry, workers, describeV2Status);
  });
  return router;
}
