import fs from 'node:fs';
import path from 'node:path';
import { datasetVersionFolder } from '../../domain/datasets/dataset-files.js';
import { obsToLocal, type DataPaths } from '../../paths.js';
import type { JobRecord, VersionRecord } from '../../store/types.js';
import { programOf, type Program } from './code-source.js';
import { mountVolumes, volumeEnv } from '../common/volumes.js';

export interface LaunchPlan extends Program {
  cwd: string;
}

export const logFileNames = (jobName: string, workers: number): string[] =>
  Array.from(
    { length: workers },
    (_, rank) => `job-${jobName.toLowerCase().replace(/_/g, '-')}.${rank}`,
  );

export const versionLogDir = (paths: DataPaths, jobId: number, versionId: number) =>
  path.join(paths.logs, String(jobId), String(versionId));

export const jobLogDir = (paths: DataPaths, jobId: number) => path.join(paths.logs, String(jobId));
export const jobWorkDir = (paths: DataPaths, jobId: number) => path.join(paths.work, String(jobId));
export const versionWorkDir = (paths: DataPaths, jobId: number, versionId: number) =>
  path.join(jobWorkDir(paths, jobId), String(versionId));

/** The local folder a job reads its data from (created when missing): OBS path or dataset version. */
function dataFolder(paths: DataPaths, v: VersionRecord): string {
  const c = v.config;
  const obsUrl = c.data_url ?? c.data_source?.find((s) => s.data_url !== undefined)?.data_url;
  if (obsUrl) return obsToLocal(paths.obs, obsUrl);
  const ds = c.data_source?.find((s) => s.dataset_id !== undefined);
  const id = c.dataset_id ?? ds?.dataset_id ?? 'unknown';
  const version = c.dataset_version_id ?? ds?.dataset_version ?? 'unknown';
  return datasetVersionFolder(paths, id, version);
}

/** Where and how the workers of a version run; an error string when the job cannot run here. */
export function planLaunch(
  paths: DataPaths,
  job: JobRecord,
  v: VersionRecord,
): LaunchPlan | { error: string } {
  const c = v.config;
  const cwd = versionWorkDir(paths, job.job_id, v.version_id);
  try {
    const data = dataFolder(paths, v);
    const train = c.train_url ? obsToLocal(paths.obs, c.train_url) : path.join(cwd, 'output');
    for (const dir of [cwd, data, train]) fs.mkdirSync(dir, { recursive: true });
    const volumes = mountVolumes(paths, cwd, c.volumes ?? []);
    const program = programOf(paths, v, { cwd, data, train }, volumes);
    if ('error' in program) return program;
    return { ...program, env: { ...program.env, ...volumeEnv(volumes) }, cwd };
  } catch (err) {
    return { error: `could not prepare the job: ${(err as Error).message}` };
  }
}
