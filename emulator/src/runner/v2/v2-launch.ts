import fs from 'node:fs';
import path from 'node:path';
import { datasetVersionFolder } from '../../domain/datasets/dataset-files.js';
import { ASSETS_DIR, obsToLocal, type DataPaths } from '../../paths.js';
import type { V2JobRecord } from '../../store/v2-types.js';
import type { HostEnv, ProcessHost } from '../common/host-env.js';

/** The sample custom image: its `home/` is copied into each command task's sandbox. */
export const V2_IMAGE_DIR = path.join(ASSETS_DIR, 'v2-image');
/** The image's training script is the shipped v2 sample itself (one file, not a copy). */
const V2_SAMPLE_SCRIPT = path.join(ASSETS_DIR, 'obs/test-modelarts/v2-code/train_v2.py');
const CONTAINER_HOME = '/home/ma-user';

export const v2Root = (paths: DataPaths) => path.join(paths.root, 'v2');
export const v2LogDir = (paths: DataPaths, jobId: string) =>
  path.join(v2Root(paths), 'logs', jobId);
export const v2LogFile = (paths: DataPaths, jobId: string, task: string) =>
  path.join(v2LogDir(paths, jobId), `${task}.log`);
export const v2WorkDir = (paths: DataPaths, jobId: string) =>
  path.join(v2Root(paths), 'work', jobId);

export interface V2TaskPlan {
  file: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** What the service log line shows as the start command. */
  display: string;
}

/** A container path (`/home/ma-user/x`) inside a task's sandbox folder. */
const inSandbox = (sandbox: string, containerPath: string) =>
  path.join(sandbox, '.' + path.posix.normalize('/' + containerPath)).replace(/(.)\/+$/, '$1');

const quote = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

function link(target: string, at: string): void {
  fs.mkdirSync(path.dirname(at), { recursive: true });
  fs.rmSync(at, { recursive: true, force: true });
  fs.symlinkSync(target, at, 'dir');
}

/** Channels as `--name=<local folder>/`; a `local_dir` becomes a link inside the sandbox. */
function channelArgs(paths: DataPaths, job: V2JobRecord, sandbox: string): string[] {
  const args: string[] = [];
  const channels = [
    ...job.algorithm.inputs.map((i) => ({
      name: i.name,
      local_dir: i.local_dir,
      folder: i.remote.dataset
        ? datasetVersionFolder(paths, i.remote.dataset.id, i.remote.dataset.version_id)
        : obsToLocal(paths.obs, i.remote.obs!.obs_url),
    })),
    ...job.algorithm.outputs.map((o) => ({
      name: o.name,
      local_dir: o.local_dir,
      folder: obsToLocal(paths.obs, o.remote.obs.obs_url),
    })),
  ];
  for (const c of channels) {
    fs.mkdirSync(c.folder, { recursive: true });
    let at = c.folder;
    if (c.local_dir) {
      at = inSandbox(sandbox, c.local_dir);
      link(c.folder, at);
    }
    args.push(`--${c.name}=${at}${path.sep}`);
  }
  return args;
}

/** NFS / OBS / PFS volumes: their `local_path` links to a shared folder of the emulator. */
function mountVolumes(paths: DataPaths, job: V2JobRecord, sandbox: string): void {
  for (const v of job.spec.volumes ?? []) {
    let target: string | null = null;
    let at: string | undefined;
    if (v.nfs?.local_path) {
      const key = (v.nfs.nfs_server_path ?? 'default').replace(/[^A-Za-z0-9._-]+/g, '_');
      target = path.join(v2Root(paths), 'nfs', key);
      at = v.nfs.local_path;
    } else if (v.obs?.obs_path && v.obs.local_path) {
      target = obsToLocal(paths.obs, v.obs.obs_path);
      at = v.obs.local_path;
    } else if (v.pfs?.pfs_path && v.pfs.local_path) {
      target = obsToLocal(paths.obs, v.pfs.pfs_path);
      at = v.pfs.local_path;
    }
    if (!target || !at) continue;
    fs.mkdirSync(target, { recursive: true });
    link(target, inSandbox(sandbox, at));
  }
}

function baseEnv(
  job: V2JobRecord,
  rank: number,
  sandbox: string,
  hostEnv: HostEnv,
): Record<string, string> {
  // the host's HOME is replaced by the sandbox's below
  const env: Record<string, string> = { ...hostEnv };
  const n = job.spec.resource.node_count;
  Object.assign(env, {
    HOME: inSandbox(sandbox, CONTAINER_HOME),
    RANK: String(rank),
    WORLD_SIZE: String(n),
    MA_NUM_HOSTS: String(n),
    MA_TASK_NAME: 'worker',
    VC_TASK_INDEX: String(rank),
    MA_CURRENT_INSTANCE_NAME: `modelarts-job-${job.id}-worker-${rank}`,
    VC_WORKER_HOSTS: Array.from({ length: n }, (_, i) => `worker-${i}`).join(','),
    MA_VJ_NAME: `modelarts-job-${job.id}`,
    MA_NUM_GPUS: '0',
    MASTER_ADDR: '127.0.0.1',
    PYTHONUNBUFFERED: '1',
    PYTHONIOENCODING: 'utf-8',
  });
  return { ...env, ...job.algorithm.environments };
}

function copyCode(paths: DataPaths, codeDir: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  fs.cpSync(obsToLocal(paths.obs, codeDir), to, { recursive: true });
}

/** `--name=value` per hyperparameter; `overrides` (a search trial's values) replace or add. */
function paramArgs(job: V2JobRecord, overrides: Record<string, string>): string[] {
  const known = new Set(job.algorithm.parameters.map((p) => p.name));
  return [
    ...job.algorithm.parameters.map(
      (p) =>
        `--${p.name}=${Object.hasOwn(overrides, p.name) ? overrides[p.name] : String(p.value)}`,
    ),
    ...Object.entries(overrides)
      .filter(([name]) => !known.has(name))
      .map(([name, value]) => `--${name}=${value}`),
  ];
}

/**
 * Prepares task `rank` of a job: sandbox folder (container paths live under it), volumes,
 * channels, code copy (`local_code_dir`) and the command. An error string when it cannot run.
 * `overrides` replace hyperparameter values (a search trial's sampled values).
 */
export function planV2Task(
  paths: DataPaths,
  job: V2JobRecord,
  rank: number,
  host: ProcessHost,
  overrides: Record<string, string> = {},
): V2TaskPlan | { error: string } {
  const sandbox = path.join(v2WorkDir(paths, job.id), `worker-${rank}`);
  const home = inSandbox(sandbox, CONTAINER_HOME);
  fs.mkdirSync(home, { recursive: true });
  mountVolumes(paths, job, sandbox);
  const channels = channelArgs(paths, job, sandbox);
  const params = paramArgs(job, overrides);
  const a = job.algorithm;
  const l = job.launch;
  const cwd = a.working_dir ? inSandbox(sandbox, a.working_dir) : home;
  fs.mkdirSync(cwd, { recursive: true });
  const env = baseEnv(job, rank, sandbox, host.hostEnv);
  if (l.kind === 'boot_file') {
    if (!l.code_dir || !l.boot_file) return { error: 'the algorithm has no code_dir + boot_file' };
    let boot = obsToLocal(paths.obs, l.boot_file);
    if (a.local_code_dir) {
      const codeLocal = path.join(
        inSandbox(sandbox, a.local_code_dir),
        path.basename(obsToLocal(paths.obs, l.code_dir)),
      );
      copyCode(paths, l.code_dir, codeLocal);
      boot = path.join(codeLocal, path.relative(obsToLocal(paths.obs, l.code_dir), boot));
    }
    if (!fs.existsSync(boot)) return { error: `boot file ${l.boot_file} does not exist in OBS` };
    const args = [boot, ...params, ...channels];
    return {
      file: host.python,
      args,
      cwd,
      env,
      display: `python3 ${path.basename(boot)} ${[...params, ...channels].join(' ')}`,
    };
  }
  if (!l.command) return { error: 'custom image jobs need algorithm.command' };
  fs.cpSync(path.join(V2_IMAGE_DIR, 'home'), inSandbox(sandbox, '/home'), { recursive: true });
  fs.copyFileSync(V2_SAMPLE_SCRIPT, inSandbox(sandbox, `${CONTAINER_HOME}/ddp_demo/train.py`));
  if (l.code_dir)
    copyCode(
      paths,
      l.code_dir,
      inSandbox(sandbox, a.local_code_dir ?? `${CONTAINER_HOME}/modelarts/user-job-dir`),
    );
  const extra = [...params, ...channels].map(quote).join(' ');
  const command = l.command.replace(/(^|[\s=:'"])\/home\//g, `$1${inSandbox(sandbox, '/home')}/`);
  return {
    file: '/bin/sh',
    args: ['-c', extra ? `${command} ${extra}` : command],
    cwd,
    env,
    display: extra ? `${l.command} ${extra}` : l.command,
  };
}
