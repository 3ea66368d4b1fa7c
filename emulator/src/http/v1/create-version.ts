import { CreateVersionRequestSchema, type CreateJobConfig } from '@console/shared';
import type { EmulatorContext } from '../context.js';
import type { JobRecord } from '../../store/types.js';
import { launchVersion, newVersion } from './create-job.js';
import { invalidArgument, V1Error } from '../../domain/v1/errors.js';

/** One more than the highest version number used so far (deleted names are not reused). */
function nextVersionNumber(job: JobRecord): number {
  const used = job.versions.map((v) => Number(v.version_name.replace(/^V/, '')) || 0);
  return Math.max(job.highest_version ?? 0, 0, ...used) + 1;
}

/**
 * `POST /v1/{project_id}/training-jobs/{job_id}/versions` (catalog §3.5): a new version that runs
 * the request's config; `volumes` (not part of a version config) carry over from pre_version_id.
 */
export function createVersion(ctx: EmulatorContext, job: JobRecord, body: unknown) {
  const parsed = CreateVersionRequestSchema.safeParse(body);
  if (!parsed.success) throw invalidArgument(parsed.error);
  const { job_desc, config } = parsed.data;
  const { pre_version_id, ...fields } = config;
  const pre = job.versions.find((v) => v.version_id === pre_version_id);
  if (!pre && job.versions.length > 0)
    throw new V1Error(
      400,
      'ModelArts.0101',
      `Invalid Argument: config.pre_version_id: version ${pre_version_id} does not exist in training job ${job.job_id}`,
    );
  const merged: CreateJobConfig = {
    ...fields,
    ...(pre?.config.volumes ? { volumes: pre.config.volumes } : {}),
  };
  const number = nextVersionNumber(job);
  const name = `V${String(number).padStart(4, '0')}`;
  const version = newVersion(ctx, job.job_name, merged, name, pre?.version_id ?? null);
  job.highest_version = number;
  if (job_desc !== undefined) job.job_desc = job_desc;
  job.versions.push(version);
  ctx.store.jobChanged(job);
  launchVersion(ctx, job, version);
  ctx.log.info({ job_id: job.job_id, version_id: version.version_id }, 'version created');
  return {
    is_success: true,
    job_id: job.job_id,
    job_name: job.job_name,
    status: version.status,
    create_time: version.create_time,
    version_id: version.version_id,
    version_name: version.version_name,
  };
}
