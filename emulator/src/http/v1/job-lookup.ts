import type { Request, Response } from 'express';
import type { AuthLocals } from '../iam/auth-middleware.js';
import type { JobRecord, VersionRecord } from '../../store/types.js';
import type { EmulatorContext } from '../context.js';
import { v1Errors } from '../../domain/v1/errors.js';

type IdParams = { job_id?: string; version_id?: string };

export const projectOf = (res: Response): string => (res.locals as AuthLocals).auth.project_id;

const asId = (s: string | undefined): number | null =>
  s && /^\d{1,15}$/.test(s) ? Number(s) : null;

/** The job named by `:job_id` in the caller's project, or 404 ModelArts.2775. */
export function jobOf(ctx: EmulatorContext, req: Request<IdParams>, res: Response): JobRecord {
  const raw = req.params.job_id ?? '';
  const id = asId(raw);
  const job = id === null ? undefined : ctx.store.findJob(projectOf(res), id);
  if (!job) throw v1Errors.jobNotFound(raw);
  return job;
}

/** The job and version named by `:job_id` / `:version_id`, or 404 ModelArts.2775. */
export function versionOf(
  ctx: EmulatorContext,
  req: Request<IdParams>,
  res: Response,
): { job: JobRecord; version: VersionRecord } {
  const job = jobOf(ctx, req, res);
  const raw = req.params.version_id ?? '';
  const id = asId(raw);
  const version = job.versions.find((v) => v.version_id === id);
  if (!version) throw v1Errors.versionNotFound(String(job.job_id), raw);
  return { job, version };
}
