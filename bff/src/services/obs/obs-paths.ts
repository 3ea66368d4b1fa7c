import { ObsPathSchema } from '@console/shared';
import { ValidationError } from '../../errors.js';

/** A console OBS path read: `/` (the buckets), a folder (`/bucket/dir/`) or an object. */
export type ObsLocation =
  | { kind: 'root' }
  | { kind: 'folder'; bucket: string; prefix: string }
  | { kind: 'object'; bucket: string; key: string };

/**
 * Reads the `path` query value with the shared rules (ObsPathSchema: no `..`/`.` segments, no
 * control characters, a valid bucket, no backslash or `//`), as a 400 naming `path`. `/bucket`
 * is the bucket's top folder.
 */
export function parseObsPath(value: unknown): ObsLocation {
  const parsed = ObsPathSchema.safeParse(value);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'path is not a valid OBS path';
    throw new ValidationError(message.startsWith('path') ? message : `path ${message}`, 'path');
  }
  const path = parsed.data;
  if (path === '/') return { kind: 'root' };
  const slash = path.indexOf('/', 1);
  if (slash < 0) return { kind: 'folder', bucket: path.slice(1), prefix: '' };
  const bucket = path.slice(1, slash);
  const key = path.slice(slash + 1);
  return key === '' || key.endsWith('/')
    ? { kind: 'folder', bucket, prefix: key }
    : { kind: 'object', bucket, key };
}

/** The console path of a location (`/bucket/dir/`, `/bucket/key`, `/`). */
export function consolePath(loc: ObsLocation): string {
  if (loc.kind === 'root') return '/';
  return `/${loc.bucket}/${loc.kind === 'folder' ? loc.prefix : loc.key}`;
}

/** A folder path for folder-only endpoints (list, folder create), else a 400 naming `path`. */
export function requireFolder(
  loc: ObsLocation,
  what: string,
): Exclude<ObsLocation, { kind: 'object' }> {
  if (loc.kind === 'object')
    throw new ValidationError(`path must be a folder (ending with "/") to ${what}`, 'path');
  return loc;
}

/** An object path for object endpoints (download, upload), else a 400 naming `path`. */
export function requireObject(
  loc: ObsLocation,
  what: string,
): Extract<ObsLocation, { kind: 'object' }> {
  if (loc.kind !== 'object')
    throw new ValidationError(`path must name a file (not a folder or "/") to ${what}`, 'path');
  return loc;
}

/** The request path OBS gets for a bucket and key: `/bucket/a%20b/c.py` (each segment encoded). */
export function obsRequestPath(bucket: string, key = ''): string {
  if (key === '') return `/${bucket}`;
  return `/${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
}
