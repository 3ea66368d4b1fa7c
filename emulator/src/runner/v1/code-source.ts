import fs from 'node:fs';
import path from 'node:path';
import { ASSETS_DIR, obsToLocal, type DataPaths } from '../../paths.js';
import type { VersionRecord } from '../../store/types.js';
import { algorithmArgs, findBuiltInAlgorithm } from '../../domain/v1/built-in-algorithms.js';
import type { MountedVolume } from '../common/volumes.js';

/** What a worker executes: `python` (the emulator's interpreter) or a program, with arguments. */
export interface Program {
  exec: 'python' | '/bin/sh';
  argv: string[];
  /** Extra environment of this code source. */
  env: Record<string, string>;
  /** One log line describing what runs. */
  display: string;
}

export interface Folders {
  cwd: string;
  data: string;
  train: string;
}

const ioArgs = (f: Folders) => [
  `--data_url=${f.data}${path.sep}`,
  `--train_url=${f.train}${path.sep}`,
];
const paramArgs = (ps: ReadonlyArray<{ label: string; value: string | number }>) =>
  ps.map((p) => `--${p.label}=${String(p.value)}`);

/** Custom code: `python <boot file> --label=value… --data_url=… --train_url=…`. */
function customCode(paths: DataPaths, v: VersionRecord, f: Folders): Program | { error: string } {
  const bootFile = obsToLocal(paths.obs, v.config.boot_file_url ?? '');
  if (!fs.existsSync(bootFile) || !fs.statSync(bootFile).isFile())
    return { error: `boot file ${v.config.boot_file_url} does not exist in OBS` };
  const argv = [bootFile, ...paramArgs(v.config.parameter ?? []), ...ioArgs(f)];
  return {
    exec: 'python',
    argv,
    env: {},
    display: `python3 ${path.basename(bootFile)} ${argv.slice(1).join(' ')}`,
  };
}

/** Built-in algorithm: its shipped script with its default parameters under the job's own. */
function builtIn(v: VersionRecord, f: Folders): Program | { error: string } {
  const algorithm = findBuiltInAlgorithm(v.config.model_id ?? -1);
  if (!algorithm) return { error: `built-in algorithm ${v.config.model_id} does not exist` };
  const script = path.join(ASSETS_DIR, 'algorithms', algorithm.script);
  const argv = [script, ...paramArgs(algorithmArgs(algorithm, v.config.parameter)), ...ioArgs(f)];
  return {
    exec: 'python',
    argv,
    env: { MA_BUILT_IN_ALGORITHM: algorithm.model_name },
    display: `built-in algorithm ${algorithm.model_name}: python3 ${algorithm.script} ${argv.slice(1).join(' ')}`,
  };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Custom image (no container engine here): `user_command` runs under `/bin/sh -c` in the work
 * folder, which stands for `/home/work/`: app_url is copied to `user-job-dir/<its base name>/`,
 * `run_train.sh` is provided, volume dest_paths point at the mounted volumes, and the parameters
 * become environment variables (catalog §3.1).
 */
function customImage(
  paths: DataPaths,
  v: VersionRecord,
  f: Folders,
  volumes: readonly MountedVolume[],
): Program {
  const c = v.config;
  fs.copyFileSync(
    path.join(ASSETS_DIR, 'runtime', 'run_train.sh'),
    path.join(f.cwd, 'run_train.sh'),
  );
  if (c.app_url) {
    const app = obsToLocal(paths.obs, c.app_url);
    const name = path.basename(app) || 'app';
    if (fs.existsSync(app))
      fs.cpSync(app, path.join(f.cwd, 'user-job-dir', name), { recursive: true });
  }
  let command = c.user_command ?? '';
  for (const m of [...volumes].sort((a, b) => b.dest_path.length - a.dest_path.length)) {
    const dest = m.dest_path.replace(/\/+$/, '');
    command = command.replace(new RegExp(`${escapeRe(dest)}(?=/|\\s|$|['"])`, 'g'), m.view);
  }
  command = command.replace(/\/home\/work\//g, `${f.cwd}${path.sep}`);
  const env: Record<string, string> = {
    MA_USER_IMAGE_URL: c.user_image_url ?? '',
    DATA_URL: f.data,
    TRAIN_URL: f.train,
  };
  for (const p of c.parameter ?? []) env[p.label] = String(p.value);
  return {
    exec: '/bin/sh',
    argv: ['-c', command],
    env,
    display: `[image ${c.user_image_url}] ${command}`,
  };
}

/** The program of a version: custom image, then custom code, then the built-in algorithm. */
export function programOf(
  paths: DataPaths,
  v: VersionRecord,
  f: Folders,
  volumes: readonly MountedVolume[],
): Program | { error: string } {
  const c = v.config;
  if (c.user_image_url && c.user_command) return customImage(paths, v, f, volumes);
  if (c.boot_file_url) return customCode(paths, v, f);
  if (c.model_id !== undefined) return builtIn(v, f);
  return {
    error: 'the version has no code source (app_url + boot_file_url, model_id or a custom image)',
  };
}
