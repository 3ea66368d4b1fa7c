import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  CreateTrainingJobRequestSchema,
  V1_STATUS,
  type CreateJobConfig,
  type CreateTrainingJobRequest,
} from '@console/shared';
import type { EmulatorContext } from '../context.js';
import { logFileNames, versionLogDir } from '../../runner/v1/launch-plan.js';
import { emptyMetrics, type JobRecord, type VersionRecord } from '../../store/types.js';
import { invalidArgument, v1Errors } from '../../domain/v1/errors.js';
import { checkConfigResources, resolveEngineId } from '../../domain/v1/resolve-config.js';

/** Validates (shared schema, then what the schema cannot know) and returns the request. */
export function validateCreate(
  ctx: EmulatorContext,
  projectId: string,
  body: unknown,
): CreateTrainingJobRequest {
  const parsed = CreateTrainingJobRequestSchema.safeParse(body);
  if (!parsed.success) throw invalidArgument(parsed.error);
  const req = parsed.data;
  const jobs = ctx.store.jobsOf(projectId);
  if (jobs.some((j) => j.job_name === req.job_name)) throw v1Errors.duplicateName(req.job_name);
  if (jobs.length >= ctx.jobQuota) throw v1Errors.quota(ctx.jobQuota);
  checkConfigResources(ctx.paths, req.config);
  return req;
}

/** A new version record (status INIT) for `config`; the caller stores and starts it. */
export function newVersion(
  ctx: EmulatorContext,
  jobName: string,
  config: CreateJobConfig,
  name: string,
  preVersionId: number | null,
): VersionRecord {
  return {
    version_id: ctx.store.allocateVersionId(),
    version_name: name,
    pre_version_id: preVersionId,
    status: V1_STATUS.INIT,
    create_time: Date.now(),
    start_time: null,
    end_time: null,
    resource_id: `job${randomBytes(4).toString('hex')}`,
    config,
    spec_id: checkConfigResources(ctx.paths, config).spec_id,
    engine_id: resolveEngineId(config),
    log_files: logFileNames(jobName, config.worker_server_num),
    pids: [],
    system_metric_list: emptyMetrics(Math.max(1, Math.round(ctx.runner.metricsIntervalMs / 1000))),
    error_result: null,
  };
}

/** Creates the version's empty log files and starts it. */
export function launchVersion(ctx: EmulatorContext, job: JobRecord, version: VersionRecord): void {
  const dir = versionLogDir(ctx.paths, job.job_id, version.version_id);
  fs.mkdirSync(dir, { recursive: true });
  for (const name of version.log_files) fs.writeFileSync(path.join(dir, name), '');
  ctx.runner.start(job, version);
}

/**
 * `POST /v1/{project_id}/training-jobs` (catalog §3.1): stores the job and, unless
 * `create_version` is false, its first version V0001, which starts at once.
 */
export function createJob(ctx: EmulatorContext, projectId: string, body: unknown) {
  const req = validateCreate(ctx, projectId, body);
  const now = Date.now();
  const job: JobRecord = {
    job_id: ctx.store.allocateJobId(),
    job_name: req.job_name,
    job_desc: req.job_desc ?? '',
    project_id: projectId,
    workspace_id: req.workspace_id ?? '0',
    create_time: now,
    versions: [],
  };
  const version =
    req.config.create_version === false
      ? null
      : newVersion(ctx, job.job_name, req.config, 'V0001', null);
  if (version) {
    version.create_time = now;
    job.versions.push(version);
  }
  ctx.store.addJob(job);
  if (version) launchVersion(ctx, job, version);
  ctx.log.info({ job_id: job.job_id, job_name: job.job_name }, 'job created');
  return {
    is_success: true,
    job_id: job.job_id,
    job_name: job.job_name,
    status: version?.status ?? V1_STATUS.INIT,
    create_time: now,
    version_id: version?.version_id ?? null,
    version_name: version?.version_name ?? null,
    resource_id: version?.resource_id ?? `job${randomBytes(4).toString('hex')}`,
  };
}
