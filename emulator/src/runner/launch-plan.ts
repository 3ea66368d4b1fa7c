import fs from 'node:fs';
import path from 'node:path';
import { obsToLocal, type DataPaths } from '../paths.js';
import type { JobRecord, VersionRecord } from '../store/types.js';

export interface LaunchPlan {
  bootFile: string;
  cwd: string;
  /** Arguments after the boot file: hyperparameters, then --data_url and --train_url. */
  args: string[];
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

/** The local folder a job reads its data from (created when missing). */
function dataFolder(paths: DataPaths, v: VersionRecord): string {
  const c = v.config;
  const obsUrl = c.data_url ?? c.data_source?.find((s) => s.data_url !== undefined)?.data_url;
  if (obsUrl) return obsToLocal(paths.obs, obsUrl);
  const ds = c.data_source?.find((s) => s.dataset_id !== undefined);
  const id = c.dataset_id ?? ds?.dataset_id ?? 'unknown';
  const version = c.dataset_version_id ?? ds?.dataset_version ?? 'unknown';
  return path.join(paths.datasets, id, version);
}

/** Where and how the workers of a version run; an error string when the job cannot run here. */
export function planLaunch(
  paths: DataPaths,
  job: JobRecord,
  v: VersionRecord,
): LaunchPlan | { error: string } {
  const c = v.config;
  if (!c.boot_file_url) {
    return {
      error: c.user_image_url
        ? `custom images (${c.user_image_url}) cannot run in the emulator; use app_url and boot_file_url`
        : 'built-in algorithms cannot run in the emulator; use app_url and boot_file_url',
    };
  }
  const bootFile = obsToLocal(paths.obs, c.boot_file_url);
  if (!fs.existsSync(bootFile) || !fs.statSync(bootFile).isFile())
    return { error: `boot file ${c.boot_file_url} does not exist in OBS` };
  const cwd = path.join(jobWorkDir(paths, job.job_id), String(v.version_id));
  const data = dataFolder(paths, v);
  const train = c.train_url ? obsToLocal(paths.obs, c.train_url) : path.join(cwd, 'output');
  for (const dir of [cwd, data, train]) fs.mkdirSync(dir, { recursive: true });
  const params = (c.parameter ?? []).map((p) => `--${p.label}=${String(p.value)}`);
  return {
    bootFile,
    cwd,
    args: [...params, `--data_url=${data}${path.sep}`, `--train_url=${train}${path.sep}`],
  };
}
