import fs from 'node:fs';
import { Router } from 'express';
import { z } from 'zod';
import { isV1Terminal, NoBodyRequestSchema, v1Endpoints } from '@console/shared';
import type { EmulatorContext } from '../context.js';
import { versionLogDir, versionWorkDir } from '../../runner/v1/launch-plan.js';
import { unlockReadOnlyViews } from '../../runner/common/volumes.js';
import { createVersion } from './create-version.js';
import { invalidArgument, v1Errors } from '../../domain/v1/errors.js';
import { jobOf, versionOf } from './job-lookup.js';
import { versionDetails, versionListItem } from '../../domain/v1/job-views.js';
import { route } from '../route.js';

const VersionListQuerySchema = z.object({
  per_page: z.coerce
    .number()
    .int('per_page must be a whole number')
    .min(1, 'per_page must be 1–1000')
    .max(1000, 'per_page must be 1–1000')
    .default(10),
  page: z.coerce
    .number()
    .int('page must be a whole number')
    .min(0, 'page must be 0 or more')
    .max(65535, 'page must be at most 65535')
    .default(0),
});

/** Version routes of catalog §3.3–§3.6 and §3.8. */
export function versionRouter(ctx: EmulatorContext): Router {
  const router = Router();

  route(router, v1Endpoints.listVersions, (req, res) => {
    const job = jobOf(ctx, req, res);
    const q = VersionListQuerySchema.safeParse(req.query);
    if (!q.success) throw invalidArgument(q.error);
    const now = Date.now();
    const newestFirst = [...job.versions].reverse();
    const { page, per_page } = q.data;
    // page 0 (the default) = no paging (§3.3)
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

  route(router, v1Endpoints.createVersion, (req, res) => {
    res.json(createVersion(ctx, jobOf(ctx, req, res), req.body));
  });

  route(router, v1Endpoints.getVersion, (req, res) => {
    const { job, version } = versionOf(ctx, req, res);
    res.json(versionDetails(job, version, Date.now()));
  });

  route(router, v1Endpoints.deleteVersion, async (req, res) => {
    const { job, version } = versionOf(ctx, req, res);
    job.versions = job.versions.filter((v) => v !== version);
    ctx.store.jobChanged(job);
    await ctx.runner.end(version.version_id, 'deleting');
    const logDir = versionLogDir(ctx.paths, job.job_id, version.version_id);
    const workDir = versionWorkDir(ctx.paths, job.job_id, version.version_id);
    ctx.logIndex.forget(logDir);
    unlockReadOnlyViews(workDir, true);
    for (const dir of [logDir, workDir])
      await fs.promises.rm(dir, { recursive: true, force: true });
    ctx.log.info({ job_id: job.job_id, version_id: version.version_id }, 'version deleted');
    res.json({ is_success: true });
  });

  route(router, v1Endpoints.stopVersion, (req, res) => {
    const { job, version } = versionOf(ctx, req, res);
    const noBody = NoBodyRequestSchema.safeParse(req.body);
    if (!noBody.success) throw invalidArgument(noBody.error);
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
