import fs from 'node:fs';
import { Router } from 'express';
import { z } from 'zod';
import { description, isV1Terminal, TrainingJobListQuerySchema } from '@console/shared';
import type { EmulatorContext } from '../context.js';
import { jobLogDir, jobWorkDir } from '../runner/launch-plan.js';
import type { JobRecord } from '../store/types.js';
import { createJob } from './create-job.js';
import { invalidArgument, v1Errors } from './errors.js';
import { jobOf, projectOf, versionOf } from './job-lookup.js';
import { jobSummary, versionDetails, versionListItem } from './job-views.js';

const UpdateJobSchema = z.strictObject({
  job_desc: z.string({ error: 'job_desc is required' }).pipe(description('job_desc')),
});
const VersionListQuerySchema = z.object({
  per_page: z.coerce
    .number()
    .int()
    .min(1, 'per_page must be 1–1000')
    .max(1000, 'per_page must be 1–1000')
    .default(10),
  page: z.coerce.number().int().min(0, 'page must be 0 or more').default(0),
});

/** Removes a job's processes, logs and work folders. */
async function purgeJob(ctx: EmulatorContext, job: JobRecord): Promise<void> {
  await Promise.all(job.versions.map((v) => ctx.runner.end(v.version_id, 'deleting')));
  for (const dir of [jobLogDir(ctx.paths, job.job_id), jobWorkDir(ctx.paths, job.job_id)]) {
    ctx.logIndex.forget(dir);
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

/** Training-job routes of catalog §3.1–§3.9. */
export function jobsRouter(ctx: EmulatorContext): Router {
  const router = Router();

  router.post('/training-jobs', (req, res) => {
    res.json(createJob(ctx, projectOf(res), req.body));
  });

  router.get('/training-jobs', (req, res) => {
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

  router.put('/training-jobs/:job_id', (req, res) => {
    const job = jobOf(ctx, req, res);
    const body = UpdateJobSchema.safeParse(req.body);
    if (!body.success) throw invalidArgument(body.error);
    job.job_desc = body.data.job_desc;
    ctx.store.changed();
    res.json({ is_success: true });
  });

  router.delete('/training-jobs/:job_id', async (req, res) => {
    const job = jobOf(ctx, req, res);
    ctx.store.removeJob(job.job_id);
    await purgeJob(ctx, job);
    ctx.log.info({ job_id: job.job_id }, 'job deleted');
    res.json({ is_success: true });
  });

  router.get('/training-jobs/:job_id/versions', (req, res) => {
    const job = jobOf(ctx, req, res);
    const q = VersionListQuerySchema.safeParse(req.query);
    if (!q.success) throw invalidArgument(q.error);
    const now = Date.now();
    const newestFirst = [...job.versions].reverse();
    const { page, per_page } = q.data;
    const shown =
      page === 0 ? newestFirst : newestFirst.slice((page - 1) * per_page, page * per_page);
    res.json({
      is_success: true,
      job_id: job.job_id,
      job_name: job.job_name,
      job_desc: job.job_desc,
      version_count: job.versions.length,
      versions: shown.map((v) => versionListItem(v, now)),
    });
  });

  router.get('/training-jobs/:job_id/versions/:version_id', (req, res) => {
    const { job, version } = versionOf(ctx, req, res);
    res.json(versionDetails(job, version, Date.now()));
  });

  router.post('/training-jobs/:job_id/versions/:version_id/stop', (req, res) => {
    const { job, version } = versionOf(ctx, req, res);
    if (isV1Terminal(version.status) || !ctx.runner.isActive(version.version_id))
      throw v1Errors.notAllowed(
        `version ${version.version_id} of job ${job.job_id} is not running`,
      );
    // answers at once with the version in KILLING (9); it reaches KILLED (12) when the processes exit
    void ctx.runner.end(version.version_id, 'stopping');
    res.json({ is_success: true });
  });

  return router;
}
