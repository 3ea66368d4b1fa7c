import fs from 'node:fs';
import { Router, type Request } from 'express';
import {
  ModifyTrainingJobDescriptionRequestSchema,
  TrainingJobActionRequestSchema,
  V2_TERMINABLE_PHASES,
  v2Endpoints,
} from '@console/shared';
import type { AuthLocals } from '../iam/auth-middleware.js';
import { v2LogDir, v2WorkDir } from '../../runner/v2/v2-launch.js';
import { invalidParam, v2Errors } from '../../domain/v2/v2-errors.js';
import { buildJobRecord } from '../../domain/v2/v2-job-create.js';
import { jobView } from '../../domain/v2/v2-job-view.js';
import type { V2Runtime } from './v2-runtime.js';
import { searchJobs } from '../../domain/v2/v2-search.js';
import type { V2JobRecord } from '../../store/v2-types.js';
import { route } from '../route.js';

type Params = { project_id: string; job_id: string };

export function authOf(res: { locals: unknown }): AuthLocals['auth'] {
  return (res.locals as AuthLocals).auth;
}

export function findJobOr404(rt: V2Runtime, req: Request<Params>): V2JobRecord {
  const job = rt.v2.findJob(req.params.project_id, req.params.job_id);
  if (!job) throw v2Errors.jobNotFound(req.params.job_id);
  return job;
}

/** Training jobs (catalog §4.1, §4.3–§4.7). */
export function v2JobsRouter(rt: V2Runtime): Router {
  const r = Router({ mergeParams: true });

  route(r, v2Endpoints.createJob, (req: Request<{ project_id: string }>, res) => {
    const auth = authOf(res);
    rt.ensureShipped(auth.project_id);
    const job = buildJobRecord(
      rt.v2,
      rt.ctx.paths,
      { project_id: auth.project_id, user_name: auth.user_name },
      req.body,
    );
    rt.v2.addJob(job);
    rt.runner.start(job);
    res.status(201).json(jobView(job));
  });

  route(r, v2Endpoints.searchJobs, (req: Request<{ project_id: string }>, res) => {
    const auth = authOf(res);
    res.json(searchJobs(rt.v2.jobsOf(req.params.project_id), req.body, auth.user_id));
  });

  route(r, v2Endpoints.getJob, (req: Request<Params>, res) => {
    res.json(jobView(findJobOr404(rt, req)));
  });

  route(r, v2Endpoints.updateJobDescription, (req: Request<Params>, res) => {
    const job = findJobOr404(rt, req);
    const parsed = ModifyTrainingJobDescriptionRequestSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw invalidParam(parsed.error);
    job.description = parsed.data.description ?? '';
    rt.v2.jobChanged(job);
    res.status(200).type('application/json').send('null');
  });

  route(r, v2Endpoints.deleteJob, async (req: Request<Params>, res) => {
    const job = findJobOr404(rt, req);
    await rt.runner.end(job.id, 'deleting');
    rt.v2.removeJob(job.id);
    for (const dir of [v2LogDir(rt.ctx.paths, job.id), v2WorkDir(rt.ctx.paths, job.id)])
      fs.rmSync(dir, { recursive: true, force: true });
    res.status(202).type('application/json').send('""');
  });

  route(r, v2Endpoints.jobAction, (req: Request<Params>, res) => {
    const job = findJobOr404(rt, req);
    const actionType = (req.body as { action_type?: unknown } | undefined)?.action_type;
    if (typeof actionType === 'string' && actionType !== 'terminate')
      throw v2Errors.unsupportedAction(actionType);
    const parsed = TrainingJobActionRequestSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw invalidParam(parsed.error);
    if (!V2_TERMINABLE_PHASES.has(job.phase) || !rt.runner.terminate(job.id))
      throw v2Errors.notAllowedToTerminate(job.phase);
    res.status(202).json(jobView(job));
  });

  return r;
}
