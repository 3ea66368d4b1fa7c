import { Router, type Request } from 'express';
import { NoBodyRequestSchema, v2Endpoints } from '@console/shared';
import { findJobOr404 } from './v2-jobs-routes.js';
import { invalidParam, v2Errors } from '../../domain/v2/v2-errors.js';
import type { V2Runtime } from './v2-runtime.js';
import type { V2JobRecord } from '../../store/v2-types.js';
import { writeAnalysisImage } from '../../domain/v2/autosearch/analysis-image.js';
import { analysisTable } from '../../domain/v2/autosearch/param-analysis.js';
import { searchAlgorithmList } from '../../domain/v2/autosearch/search-algorithms.js';
import type { V2Trial } from '../../store/v2-search-types.js';
import { trialHistory, trialsPage } from '../../domain/v2/autosearch/trial-tables.js';
import { isEnded } from '../../domain/v2/autosearch/trial-state.js';
import { yamlTemplate, yamlTemplateList } from '../../domain/v2/autosearch/yaml-templates.js';
import { route } from '../route.js';

type JobParams = { project_id: string; job_id: string };
type TrialParams = JobParams & { trial_id: string };

function queryInt(raw: unknown, name: string, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (typeof raw !== 'string' || !Number.isInteger(n) || n < min || n > max)
    throw v2Errors.queryParam(`${name} must be an integer from ${min} to ${max}`);
  return n;
}

function findTrial(job: V2JobRecord, trialId: string): V2Trial {
  const trial = job.autosearch?.trials.find((t) => t.trial_id === trialId);
  if (!trial) throw v2Errors.trialNotFound(job.id, trialId);
  return trial;
}

/**
 * Hyperparameter search (catalog §4.15). Mount before the jobs router: the YAML template routes
 * live under `training-jobs/autosearch/…`.
 */
export function v2AutosearchRouter(rt: V2Runtime): Router {
  const r = Router({ mergeParams: true });

  route(r, v2Endpoints.searchAlgorithms, (_req, res) => {
    res.json(searchAlgorithmList());
  });

  route(r, v2Endpoints.yamlTemplates, (_req, res) => {
    res.json(yamlTemplateList());
  });

  route(
    r,
    v2Endpoints.yamlTemplate,
    (req: Request<{ algorithm_type: string; algorithm_name: string }>, res) => {
      res.json(yamlTemplate(req.params.algorithm_type, req.params.algorithm_name));
    },
  );

  route(r, v2Endpoints.searchTrials, (req: Request<JobParams>, res) => {
    const job = findJobOr404(rt, req);
    const limit = queryInt(req.query.limit, 'limit', 50, 1, 1000);
    const offset = queryInt(req.query.offset, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
    res.json(trialsPage(job.autosearch, limit, offset));
  });

  route(r, v2Endpoints.searchTrial, (req: Request<TrialParams>, res) => {
    const job = findJobOr404(rt, req);
    const trial = findTrial(job, req.params.trial_id);
    res.json(trialHistory(job.autosearch!, trial));
  });

  route(r, v2Endpoints.earlyStopTrial, (req: Request<TrialParams>, res) => {
    const job = findJobOr404(rt, req);
    const trial = findTrial(job, req.params.trial_id);
    const noBody = NoBodyRequestSchema.safeParse(req.body);
    if (!noBody.success) throw invalidParam(noBody.error);
    if (isEnded(trial)) throw v2Errors.trialEnded(trial.trial_id, trial.status);
    if (!rt.runner.earlyStopTrial(job, trial))
      throw v2Errors.trialEnded(trial.trial_id, 'its process has exited');
    res.json({ earlystop_trial: trial.trial_id });
  });

  route(r, v2Endpoints.parameterAnalysis, (req: Request<JobParams>, res) => {
    res.json(analysisTable(findJobOr404(rt, req).autosearch));
  });

  route(
    r,
    v2Endpoints.parameterAnalysisImage,
    (req: Request<JobParams & { parameter_name: string }>, res) => {
      const job = findJobOr404(rt, req);
      res.json({ file_path: writeAnalysisImage(rt.ctx.paths, job, req.params.parameter_name) });
    },
  );

  return r;
}
