import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toObsKey } from '@console/shared';

/** The emulator package folder (…/emulator), found from this file's location. */
export const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The monorepo root (…/), parent of the package folder. */
export const REPO_DIR = path.resolve(PACKAGE_DIR, '..');
export const DEFAULT_DATA_DIR = path.join(REPO_DIR, '.data', 'emulator');
export const DEFAULT_USERS_FILE = path.join(PACKAGE_DIR, 'config', 'users.json');
export const ASSETS_DIR = path.join(PACKAGE_DIR, 'assets');
export const ASSETS_OBS_DIR = path.join(ASSETS_DIR, 'obs');

/** Folder layout inside the data dir. */
export interface DataPaths {
  root: string;
  /** The first format's single state file: migrated once into `state/` beside it (store/state-files.ts). */
  stateFile: string;
  obs: string;
  /** Bodies being uploaded through the OBS service (renamed into `obs/` once complete). */
  obsIncoming: string;
  /** Multipart uploads in progress: one folder per upload id. */
  obsUploads: string;
  logs: string;
  work: string;
  datasets: string;
}

export function dataPaths(dataDir: string): DataPaths {
  const root = path.resolve(dataDir);
  return {
    root,
    stateFile: path.join(root, 'state.json'),
    obs: path.join(root, 'obs'),
    obsIncoming: path.join(root, 'obs-incoming'),
    obsUploads: path.join(root, 'obs-uploads'),
    logs: path.join(root, 'logs'),
    work: path.join(root, 'work'),
    datasets: path.join(root, 'datasets'),
  };
}

/**
 * `/bucket/a/b` and `obs://bucket/a/b` both map to `{obsRoot}/bucket/a/b`.
 * Paths that try to climb out of the object store (`..`) are rejected.
 */
export function obsToLocal(obsRoot: string, obsPath: string): string {
  const key = toObsKey(obsPath);
  const local = path.resolve(obsRoot, '.' + path.posix.normalize('/' + key.replace(/^\/+/, '')));
  if (local !== obsRoot && !local.startsWith(obsRoot + path.sep))
    throw new Error(`OBS path escapes the object store: ${obsPath}`);
  return local;
}
