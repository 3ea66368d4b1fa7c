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
import { obsToLocal } from '../paths.js';
import { logFileNames, versionLogDir } from '../runner/launch-plan.js';
import { emptyMetrics, type JobRecord, type VersionRecord } from '../store/types.js';
import {
  DEFAULT_ENGINE_ID,
  findEngine,
  findSpecByCode,
  findSpecById,
  type SpecDef,
} from './catalog.js';
import { invalidArgument, v1Errors } from './errors.js';

/** The resource a config names: spec_id wins, then flavor.code; a pool alone is unknown here. */
function resolveSpec(c: CreateJobConfig): SpecDef {
  if (c.spec_id !== undefined) {
    const spec = findSpecById(c.spec_id);
    if (!spec) throw v1Errors.flavorNotFound(`spec_id ${c.spec_id}`);
    return spec;
  }
  if (c.flavor) {
    const spec = findSpecByCode(c.flavor.code);
    if (!spec) throw v1Errors.flavorNotFound(`flavor.code ${c.flavor.code}`);
    return spec;
  }
  throw v1Errors.poolNotFound(c.pool_id ?? '');
}

function resolveEngineId(c: CreateJobConfig): number | null {
  const hasCode = c.boot_file_url !== undefined || c.user_image_url !== undefined;
  const id = c.engine_id ?? (hasCode ? DEFAULT_ENGINE_ID : undefined);
  if (id === undefined) return null;
  if (!findEngine(id)) throw v1Errors.engineNotFound(id);
  return id;
}

function checkBootFile(ctx: EmulatorContext, c: CreateJobConfig): void {
  if (!c.boot_file_url) return;
  const local = obsToLocal(ctx.paths.obs, c.boot_file_url);
  if (!fs.existsSync(local) || !fs.statSync(local).isFile())
    throw v1Errors.bootFile(
      `config.boot_file_url: the boot file ${c.boot_file_url} does not exist in OBS; upload it first`,
    );
}

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
  const spec = resolveSpec(req.config);
  if (spec.no_resource) throw v1Errors.noResource(spec.spec_code);
  if (req.config.worker_server_num > spec.max_num)
    throw v1Errors.flavorOutOfRange(req.config.worker_server_num, spec.max_num, spec.spec_code);
  resolveEngineId(req.config);
  checkBootFile(ctx, req.config);
  return req;
}

/** `POST /v1/{project_id}/training-jobs` (catalog §3.1): stores the job + V0001 and starts it. */
export function createJob(ctx: EmulatorContext, projectId: string, body: unknown) {
  const req = validateCreate(ctx, projectId, body);
  const now = Date.now();
  const logFiles = logFileNames(req.job_name, req.config.worker_server_num);
  const version: VersionRecord = {
    version_id: ctx.store.allocateVersionId(),
    version_name: 'V0001',
    pre_version_id: null,
    status: V1_STATUS.INIT,
    create_time: now,
    start_time: null,
    end_time: null,
    resource_id: `job${randomBytes(4).toString('hex')}`,
    config: req.config,
    spec_id: resolveSpec(req.config).spec_id,
    engine_id: resolveEngineId(req.config),
    log_files: logFiles,
    pids: [],
    system_metric_list: emptyMetrics(Math.max(1, Math.round(ctx.runner.metricsIntervalMs / 1000))),
    error_result: null,
  };
  const job: JobRecord = {
    job_id: ctx.store.allocateJobId(),
    job_name: req.job_name,
    job_desc: req.job_desc ?? '',
    project_id: projectId,
    workspace_id: req.workspace_id ?? '0',
    create_time: now,
    versions: [version],
  };
  const dir = versionLogDir(ctx.paths, job.job_id, version.version_id);
  fs.mkdirSync(dir, { recursive: true });
  for (const name of logFiles) fs.writeFileSync(path.join(dir, name), '');
  ctx.store.addJob(job);
  ctx.runner.start(job, version);
  ctx.log.info({ job_id: job.job_id, job_name: job.job_name }, 'job created');
  return {
    is_success: true,
    job_id: job.job_id,
    job_name: job.job_name,
    status: version.status,
    create_time: version.create_time,
    version_id: version.version_id,
    version_name: version.version_name,
    resource_id: version.resource_id,
  };
}
