import fs from 'node:fs';
import { Router } from 'express';
import {
  TrainingJobListQuerySchema,
  UpdateJobDescriptionRequestSchema,
  v1Endpoints,
} from '@console/shared';
import type { EmulatorContext } from '../context.js';
import { jobLogDir, jobWorkDir } from '../../runner/v1/launch-plan.js';
import { unlockReadOnlyViews } from '../../runner/common/volumes.js';
import type { JobRecord } from '../../store/types.js';
import { createJob } from './create-job.js';
import { invalidArgument } from '../../domain/v1/errors.js';
import { jobOf, projectOf } from './job-lookup.js';
import { jobSummary } from '../../domain/v1/job-views.js';
import { route } from '../route.js';

/** Removes a job's processes, logs and work folders. */
async function purgeJob(ctx: EmulatorContext, job: JobRecord): Promise<void> {
  await Promise.all(job.versions.map((v) => ctx.runner.end(v.version_id, 'deleting')));
  unlockReadOnlyViews(jobWorkDir(ctx.paths, job.job_id));
  for (const dir of [jobLogDir(ctx.paths, job.job_id), jobWorkDir(ctx.paths, job.job_id)]) {
    ctx.logIndex.forget(dir);
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

/** Training-job routes of catalog §3.1, §3.2, §3.7 and §3.9 (versions: version-routes.ts). */
export function jobsRouter(ctx: EmulatorContext): Router {
  const router = Router();

  route(router, v1Endpoints.createJob, (req, res) => {
    res.json(createJob(ctx, projectOf(res), req.body));
  });

  route(router, v1Endpoints.listJobs, (req, res) => {
    const q = TrainingJobListQuerySchema.safeParse(req.query);
    if (!q.success) throw invalidArgument(q.error);
    const { status, per_page, page, sortBy, order, search_content } = q.data;
    const now = Date.now();
    const all = ctx.store.jobsOf(projectOf(res));
    const needle = search_content?.toLowerCase() ?? '';
    const rows = all
      .map((j) => jobSummary(j, now))
      .filter(
        (j) =>
          (status === undefined || j.status === status) &&
          j.job_name.toLowerCase().includes(needle),
      );
    const dir = order === 'desc' ? -1 : 1;
    rows.sort((a, b) => {
      const x = a[sortBy];
      const y = b[sortBy];
      const cmp =
        typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y) : Number(x) - Number(y);
      return cmp * dir || a.job_id - b.job_id;
    });
    res.json({
      is_success: true,
      job_total_count: rows.length,
      job_count_limit: Math.max(0, ctx.jobQuota - all.length),
      quotas: ctx.jobQuota,
      jobs: rows.slice((page - 1) * per_page, page * per_page),
    });
  });

  route(router, v1Endpoints.updateJobDescription, (req, res) => {
    const job = jobOf(ctx, req, res);
    const body = UpdateJobDescriptionRequestSchema.safeParse(req.body);
    if (!body.success) throw invalidArgument(body.error);
    job.job_desc = body.data.job_desc;
    ctx.store.jobChanged(job);
    res.json({ is_success: true });
  });

  route(router, v1Endpoints.deleteJob, async (req, res) => {
    const job = jobOf(ctx, req, res);
    ctx.store.removeJob(job.job_id);
    await purgeJob(ctx, job);
    ctx.log.info({ job_id: job.job_id }, 'job deleted');
    res.json({ is_success: true });
  });

  return router;
}
