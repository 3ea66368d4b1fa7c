import { t } from '../i18n/i18n.js';

/**
 * Console OBS paths as the web handles them: `/` (the buckets), `/bucket/dir/` (a folder, ends
 * with `/`), `/bucket/dir/file.py` (a file). Forms may hold `obs://bucket/…`: read as `/bucket/…`.
 */

/** `/bucket/dir/` from `obs://bucket/dir/` or `/bucket/dir/`; surrounding blanks dropped. */
export function toConsolePath(value: string): string {
  const v = value.trim();
  return v.startsWith('obs://') ? `/${v.slice(6)}` : v;
}

/** How a form writes a path: the v1 API's `/bucket/…` or the v2 API's `obs://bucket/…`. */
export type ObsPathStyle = 'slash' | 'obs';

export function toFieldPath(path: string, style: ObsPathStyle): string {
  return style === 'obs' && path.startsWith('/') ? `obs://${path.slice(1)}` : path;
}

export const isFolderPath = (path: string) => path.endsWith('/');

/** The folder a path is in (`/b/d/` for `/b/d/x.py` and for `/b/d/sub/`); `/` at the top. */
export function parentFolder(path: string): string {
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  const slash = trimmed.lastIndexOf('/');
  return slash <= 0 ? '/' : trimmed.slice(0, slash + 1);
}

/** The folder to open for a field's value: itself when a folder, else the folder it is in. */
export function folderOf(value: string): string {
  const path = toConsolePath(value);
  if (!path.startsWith('/') || path === '/') return '/';
  return isFolderPath(path) ? path : parentFolder(path);
}

export interface Crumb {
  label: string;
  path: string;
}

/** `/b/d/e/` → All buckets (/), b (/b/), d (/b/d/), e (/b/d/e/). */
export function crumbsOf(folder: string): Crumb[] {
  const names = folder.split('/').filter(Boolean);
  const crumbs: Crumb[] = [{ label: t('All buckets'), path: '/' }];
  let path = '/';
  for (const name of names) {
    path = `${path}${name}/`;
    crumbs.push({ label: name, path });
  }
  return crumbs;
}

/** The last segment of a path (`train.py`, `out` for `/b/out/`). */
export function baseName(path: string): string {
  return path.split('/').filter(Boolean).at(-1) ?? '';
}

/**
 * Where a file goes when uploaded into `folder`: its relative path inside a chosen folder
 * (`webkitRelativePath`, e.g. `code/train.py`) or its name.
 */
export function uploadTarget(folder: string, file: { name: string; webkitRelativePath?: string }) {
  const rel = file.webkitRelativePath || file.name;
  return `${folder}${rel.replace(/^\/+/, '')}`;
}

/** `1.5 MB`, `312 B`: sizes as the file lists show them (decimal units, as OBS consoles do). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
