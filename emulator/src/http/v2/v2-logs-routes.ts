import { v2Endpoints } from '@console/shared';
import fs from 'node:fs';
import { Router, type Request } from 'express';
import { v2LogFile } from '../../runner/v2/v2-launch.js';
import { queryEvents } from '../../domain/v2/v2-events.js';
import { v2Errors } from '../../domain/v2/v2-errors.js';
import { findJobOr404 } from './v2-jobs-routes.js';
import type { LinkContentType } from '../../domain/v2/v2-logs.js';
import { readLogPreview } from '../../domain/v2/v2-logs.js';
import type { V2Runtime } from './v2-runtime.js';
import type { V2JobRecord } from '../../store/v2-types.js';
import { parseRange } from '../../domain/obs/obs-range.js';
import { route } from '../route.js';

type TaskParams = { project_id: string; job_id: string; task_id: string };

const taskNames = (job: V2JobRecord) =>
  Array.from({ length: job.spec.resource.node_count }, (_, i) => `worker-${i}`);

function checkTask(job: V2JobRecord, task: string): void {
  if (!taskNames(job).includes(task)) throw v2Errors.taskNotFound(job.id, task);
}

const num = (s: string) => Number(s);

/** Task logs, metrics and job events (catalog §4.8–§4.11). */
export function v2LogsRouter(rt: V2Runtime): Router {
  const r = Router({ mergeParams: true });

  route(r, v2Endpoints.taskLogPreview, (req: Request<TaskParams>, res) => {
    const job = findJobOr404(rt, req);
    checkTask(job, req.params.task_id);
    res.json(readLogPreview(v2LogFile(rt.ctx.paths, job.id, req.params.task_id)));
  });

  r.get('/training-jobs/:job_id/tasks/:task_id/logs/url', (req: Request<TaskParams>, res) => {
    const job = findJobOr404(rt, req);
    checkTask(job, req.params.task_id);
    const asked = String(req.query['Content-Type'] ?? req.get('content-type') ?? 'text/plain');
    const ct: LinkContentType = asked.startsWith('application/octet-stream')
      ? 'application/octet-stream'
      : 'text/plain';
    const base = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    res.json({ obs_url: rt.links.url(base, job.id, req.params.task_id, ct) });
  });

  route(r, v2Endpoints.taskMetrics, (req: Request<TaskParams>, res) => {
    const job = findJobOr404(rt, req);
    checkTask(job, req.params.task_id);
    const task = job.tasks.find((t) => t.task === req.params.task_id);
    const cpu = task?.metrics.cpuUsage.map(num) ?? [];
    const mem = task?.metrics.memUsage.map(num) ?? [];
    const none = cpu.map(() => -1);
    res.json({
      metrics: [
        { metric: 'cpuUsage', value: cpu },
        { metric: 'memUsage', value: mem },
        { metric: 'gpuUtil', value: none },
        { metric: 'gpuMemUsage', value: none },
        { metric: 'npuUtil', value: none },
        { metric: 'npuMemUsage', value: none },
      ],
    });
  });

  route(r, v2Endpoints.jobEvents, (req, res) => {
    res.json(queryEvents(findJobOr404(rt, req), req.query));
  });

  return r;
}

/**
 * `GET /__obs/v2-logs/{job_id}/{task}.log?expires=…&content_type=…&signature=…`: the signed links
 * of `logs/url`. Serves the task log as it is at request time while the link is valid: the whole
 * of it, or the part a `Range: bytes=…` header asks for (206, as OBS does).
 */
export function v2ObsLinkRouter(rt: V2Runtime): Router {
  const r = Router();
  r.get('/v2-logs/:job_id/:file', (req, res) => {
    const { job_id: jobId, file } = req.params;
    const task = file.replace(/\.log$/, '');
    const verdict = rt.links.check(jobId, task, req.query as Record<string, unknown>);
    if (verdict !== 'ok') {
      res
        .status(403)
        .type('text/plain')
        .send(verdict === 'expired' ? 'Request has expired\n' : 'Access denied\n');
      return;
    }
    const job = rt.v2.state.jobs.find((j) => j.id === jobId);
    const path = v2LogFile(rt.ctx.paths, jobId, task);
    if (!job || !fs.existsSync(path)) {
      res.status(404).type('text/plain').send('The specified key does not exist.\n');
      return;
    }
    const download = req.query.content_type === 'application/octet-stream';
    res.setHeader(
      'Content-Type',
      download ? 'application/octet-stream' : 'text/plain; charset=utf-8',
    );
    if (download)
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="modelarts-job-${jobId}-${task}.log"`,
      );
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Accept-Ranges', 'bytes');
    // a log grows: its size and the part served are taken at one moment
    const size = fs.statSync(path).size;
    const range = parseRange(req.get('range'), size);
    if (range === 'unsatisfiable') {
      res.setHeader('Content-Range', `bytes */${size}`);
      res.status(416).type('text/plain').send('The requested range is not satisfiable.\n');
      return;
    }
    const { start, end } = range ?? { start: 0, end: size - 1 };
    if (range) res.status(206).setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
    res.setHeader('Content-Length', String(Math.max(0, end - start + 1)));
    if (size === 0) {
      res.end();
      return;
    }
    fs.createReadStream(path, { start, end }).pipe(res);
  });
  return r;
}
