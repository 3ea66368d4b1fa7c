import { randomUUID } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import {
  CreateVisualizationJobRequestSchema,
  NoBodyRequestSchema,
  UpdateVisualizationJobRequestSchema,
  VISUALIZATION_JOB_TYPES,
  VisualizationJobListQuerySchema,
  v1Endpoints,
} from '@console/shared';
import type { EmulatorContext } from '../context.js';
import type { VisualizationJobRecord } from '../../store/types.js';
import { findSpecByCode } from '../../domain/v1/catalog.js';
import { invalidArgument, V1Error, v1Errors } from '../../domain/v1/errors.js';
import { projectOf } from './job-lookup.js';
import { visualizationService } from './visualization-service.js';
import { route } from '../route.js';

const notFound = (id: string) =>
  new V1Error(404, 'ModelArts.2775', `TrainingJobNotFound: visualization job ${id} does not exist`);

/** `service_url`: the emulator's own page for the job (`/__viz/{job_id}/`) on the host asked. */
const serviceUrl = (req: Request, job: VisualizationJobRecord) =>
  `${req.protocol}://${req.get('host') ?? 'localhost'}/__viz/${job.job_id}/`;

function view(req: Request, job: VisualizationJobRecord, now: number) {
  const end = job.end_time ?? now;
  return {
    job_id: job.job_id,
    job_name: job.job_name,
    job_desc: job.job_desc,
    job_type: job.job_type,
    status: job.status,
    create_time: job.create_time,
    duration: job.start_time === null ? 0 : Math.max(0, end - job.start_time),
    service_url: serviceUrl(req, job),
    train_url: job.train_url,
    resource_id: job.resource_id,
  };
}

/** Visualization jobs (catalog §3.16): create, list, details, description, stop, restart, delete. */
export function visualizationRouter(ctx: EmulatorContext): Router {
  const router = Router();
  const quota = 100;
  const all = (res: Response) =>
    ctx.store.state.visualization_jobs.filter((j) => j.project_id === projectOf(res));
  const jobOf = (req: Request, res: Response) => {
    const raw = String(req.params.job_id ?? '');
    const job = all(res).find((j) => String(j.job_id) === raw);
    if (!job) throw notFound(raw);
    return job;
  };

  route(router, v1Endpoints.createVisualizationJob, (req, res) => {
    const parsed = CreateVisualizationJobRequestSchema.safeParse(req.body);
    if (!parsed.success) throw invalidArgument(parsed.error);
    const body = parsed.data;
    const mine = all(res);
    if (mine.some((j) => j.job_name === body.job_name)) throw v1Errors.duplicateName(body.job_name);
    if (mine.length >= quota) throw v1Errors.quota(quota);
    if (body.flavor && !findSpecByCode(body.flavor.code))
      throw v1Errors.flavorNotFound(`flavor.code ${body.flavor.code}`);
    const schedule = Array.isArray(body.schedule) ? body.schedule[0] : body.schedule;
    const type = VISUALIZATION_JOB_TYPES.find(
      (t) => t.toLowerCase() === body.job_type?.toLowerCase(),
    );
    const job: VisualizationJobRecord = {
      job_id: ctx.store.allocateJobId(),
      project_id: projectOf(res),
      job_name: body.job_name,
      job_desc: body.job_desc ?? '',
      job_type: type ?? 'TensorBoard',
      train_url: body.train_url,
      flavor_code: body.flavor?.code ?? null,
      stop_after_hours: schedule?.duration ?? null,
      status: 0,
      create_time: Date.now(),
      start_time: null,
      end_time: null,
      resource_id: randomUUID(),
      workspace_id: body.workspace_id ?? '0',
    };
    ctx.store.state.visualization_jobs.push(job);
    visualizationService(ctx).start(job);
    res.json({
      is_success: true,
      job_id: job.job_id,
      job_name: job.job_name,
      status: job.status,
      create_time: job.create_time,
      service_url: serviceUrl(req, job),
    });
  });

  route(router, v1Endpoints.listVisualizationJobs, (req, res) => {
    const q = VisualizationJobListQuerySchema.safeParse(req.query);
    if (!q.success) throw invalidArgument(q.error);
    const { status, per_page, page, sortBy, order, search_content } = q.data;
    const now = Date.now();
    const mine = all(res);
    const needle = search_content?.toLowerCase() ?? '';
    const rows = mine
      .filter(
        (j) =>
          (status === undefined || j.status === status) &&
          j.job_name.toLowerCase().includes(needle),
      )
      .map((j) => view(req, j, now));
    const dir = order === 'desc' ? -1 : 1;
    rows.sort((a, b) => {
      const [x, y] = [a[sortBy], b[sortBy]];
      const cmp =
        typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y) : Number(x) - Number(y);
      return cmp * dir || a.job_id - b.job_id;
    });
    res.json({
      is_success: true,
      job_total_count: rows.length,
      job_count_limit: Math.max(0, quota - mine.length),
      quotas: quota,
      jobs: rows.slice((page - 1) * per_page, page * per_page),
    });
  });

  route(router, v1Endpoints.getVisualizationJob, (req, res) => {
    res.json({ is_success: true, ...view(req, jobOf(req, res), Date.now()) });
  });

  route(router, v1Endpoints.updateVisualizationJob, (req, res) => {
    const job = jobOf(req, res);
    const body = UpdateVisualizationJobRequestSchema.safeParse(req.body);
    if (!body.success) throw invalidArgument(body.error);
    job.job_desc = body.data.job_desc;
    ctx.store.metaChanged();
    res.json({ is_success: true });
  });

  route(router, v1Endpoints.stopVisualizationJob, (req, res) => {
    const job = jobOf(req, res);
    const noBody = NoBodyRequestSchema.safeParse(req.body);
    if (!noBody.success) throw invalidArgument(noBody.error);
    visualizationService(ctx).stop(job);
    res.json({ is_success: true });
  });

  route(router, v1Endpoints.restartVisualizationJob, (req, res) => {
    const job = jobOf(req, res);
    const noBody = NoBodyRequestSchema.safeParse(req.body);
    if (!noBody.success) throw invalidArgument(noBody.error);
    visualizationService(ctx).restart(job);
    res.json({ is_success: true });
  });

  route(router, v1Endpoints.deleteVisualizationJob, (req, res) => {
    const job = jobOf(req, res);
    visualizationService(ctx).forget(job);
    ctx.store.state.visualization_jobs = ctx.store.state.visualization_jobs.filter(
      (j) => j !== job,
    );
    ctx.store.metaChanged();
    res.json({ is_success: true });
  });

  return router;
}
