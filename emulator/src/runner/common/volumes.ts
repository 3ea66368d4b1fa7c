import fs from 'node:fs';
import path from 'node:path';
import type { Volume } from '@console/shared';
import type { DataPaths } from '../../paths.js';

/** Resolves `rel` under `base`, refusing paths that climb out of it. */
function inside(base: string, rel: string): string {
  const local = path.resolve(base, '.' + path.posix.normalize('/' + rel.replace(/^\/+/, '')));
  if (local !== base && !local.startsWith(base + path.sep))
    throw new Error(`volume path escapes the volume folder: ${rel}`);
  return local;
}

/** `host_path.src_path` → `{dataDir}/volumes/host/<src_path>` (the emulated host's disk). */
export const hostVolumePath = (paths: DataPaths, srcPath: string) =>
  inside(path.join(paths.root, 'volumes', 'host'), srcPath);

/** `nfs {id, src_path: "addr:/sub"}` → `{dataDir}/volumes/nfs/<id>/<sub>` (one folder per file system). */
export function nfsVolumePath(paths: DataPaths, id: string, srcPath: string): string {
  const base = inside(path.join(paths.root, 'volumes', 'nfs'), id.replace(/[^A-Za-z0-9_.-]/g, '_'));
  const colon = srcPath.indexOf(':');
  return inside(base, colon >= 0 ? srcPath.slice(colon + 1) : srcPath);
}

export interface MountedVolume {
  dest_path: string;
  /** The path the job uses: a link in its work folder. */
  view: string;
  read_only: boolean;
}

function copyReadOnly(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true });
  const lock = (p: string) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) lock(path.join(p, e));
    fs.chmodSync(p, st.mode & ~0o222);
  };
  lock(to);
}

/**
 * Gives a job its volumes: each one a folder under the data dir, linked into the work folder under
 * dest_path's base name. read_only volumes are linked to a per-job copy whose files and folders
 * carry no write permission (the volume itself is never changed by the job).
 */
export function mountVolumes(
  paths: DataPaths,
  cwd: string,
  volumes: readonly Volume[],
): MountedVolume[] {
  const used = new Set<string>();
  return volumes.map((v, n) => {
    const spec = 'nfs' in v ? v.nfs : v.host_path;
    const source =
      'nfs' in v
        ? nfsVolumePath(paths, v.nfs.id, v.nfs.src_path)
        : hostVolumePath(paths, spec.src_path);
    fs.mkdirSync(source, { recursive: true });
    let name = path.posix.basename(spec.dest_path) || `volume-${n}`;
    if (used.has(name)) name = `${name}-${n}`;
    used.add(name);
    const readOnly = spec.read_only === true;
    let target = source;
    if (readOnly) {
      target = path.join(cwd, '.read-only-volumes', String(n));
      copyReadOnly(source, target);
    }
    const view = path.join(cwd, name);
    fs.rmSync(view, { force: true, recursive: true });
    fs.symlinkSync(target, view, 'dir');
    return { dest_path: spec.dest_path, view, read_only: readOnly };
  });
}

/** Environment for the mounted volumes: MA_VOLUME_<n> and MA_VOLUMES (`dest=local;…`). */
export function volumeEnv(mounted: readonly MountedVolume[]): Record<string, string> {
  const env: Record<string, string> = {};
  mounted.forEach((m, n) => (env[`MA_VOLUME_${n}`] = m.view));
  if (mounted.length) env.MA_VOLUMES = mounted.map((m) => `${m.dest_path}=${m.view}`).join(';');
  return env;
}

/**
 * Gives write permission back to the read-only copies under a job's work folder (or, with
 * `isVersionDir`, one version's work folder) so the folder can be removed.
 */
export function unlockReadOnlyViews(dir: string, isVersionDir = false): void {
  if (isVersionDir) return unlockTree(path.join(dir, '.read-only-volumes'));
  let versions: string[] = [];
  try {
    versions = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const v of versions) unlockTree(path.join(dir, v, '.read-only-volumes'));
}

function unlockTree(dir: string): void {
  const walk = (p: string) => {
    let st: fs.Stats;
    try {
      st = fs.lstatSync(p);
    } catch {
      return;
    }
    if (st.isSymbolicLink()) return;
    fs.chmodSync(p, st.mode | 0o200);
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
  };
  walk(dir);
}
