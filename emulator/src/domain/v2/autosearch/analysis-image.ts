import fs from 'node:fs';
import path from 'node:path';
import { toObsKey } from '@console/shared';
import { obsToLocal, type DataPaths } from '../../../paths.js';
import { v2Errors } from '../v2-errors.js';
import type { V2JobRecord } from '../../../store/v2-types.js';
import { analysisPoints } from './param-analysis.js';
import { scatterPlot } from './scatter-plot.js';

/**
 * The OBS folder the analysis images go under: the job's `train_url` output (else its first
 * output), as on the page's sample (`<output>/log/hyperparameter-analysis/fanova/`); a job
 * without outputs uses `/modelarts-autosearch/{job_id}/`.
 */
export function analysisBase(job: V2JobRecord): string {
  const outputs = job.algorithm.outputs;
  const out = outputs.find((o) => o.name === 'train_url') ?? outputs[0];
  const base = out ? toObsKey(out.remote.obs.obs_url) : `/modelarts-autosearch/${job.id}`;
  return base.replace(/\/+$/, '');
}

/**
 * Draws the parameter-vs-reward scatter plot of `name` into the object store and returns its
 * OBS path (`/bucket/…/log/hyperparameter-analysis/fanova/<name>.png`, no scheme, as the page).
 * Unknown parameter → 404 ModelArts.5058.
 */
export function writeAnalysisImage(paths: DataPaths, job: V2JobRecord, name: string): string {
  const s = job.autosearch;
  const d = s?.dims.findIndex((x) => x.name === name) ?? -1;
  const dim = s?.dims[d];
  if (!s || !dim) throw v2Errors.parameterNotSearched(job.id, name);
  const points = analysisPoints(s).map((p) => ({ x: p.x[d]!, reward: p.reward }));
  const safe = name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  const file = `${analysisBase(job)}/log/hyperparameter-analysis/fanova/${safe}.png`;
  const local = obsToLocal(paths.obs, file);
  fs.mkdirSync(path.dirname(local), { recursive: true });
  fs.writeFileSync(
    local,
    scatterPlot(dim, points, { rewardName: s.reward.name, mode: s.reward.mode }),
  );
  return file;
}
