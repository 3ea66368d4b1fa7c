import { ConsoleErrorCode, roleAllows, type Role } from '@console/shared';
import { ConsoleError, ForbiddenError } from '../../errors.js';
import type { Session } from '../session-store.js';

/**
 * What a session may do in OBS. `iam` mode: whatever the user's own keys allow (OBS decides).
 * `oidc` mode (the service account's keys): the role decides writing (operator and up), and the
 * role's guardrail `obs_prefixes` (code, data, outputs together) limit reading and writing to
 * those folders when any are configured; their parent folders can be opened to reach them.
 */
export interface ObsAccess {
  /** Folders (`/bucket/dir/`) everything must be under; undefined: no limit. */
  prefixes: string[] | undefined;
  /** The role, in `oidc` mode. */
  role?: Role;
  project: string;
}

export function obsAccessFor(session: Session): ObsAccess {
  const portal = session.portal;
  if (!portal) return { prefixes: undefined, project: session.projectName };
  const role = portal.roles[session.projectName];
  if (!role) throw new ForbiddenError(`You have no role in ${session.projectName}`);
  const g = portal.guardrails[role]?.obs_prefixes;
  const listed = g ? [...(g.code ?? []), ...(g.data ?? []), ...(g.outputs ?? [])] : [];
  const prefixes = [...new Set(listed.map((p) => p.replace(/^obs:\/\//, '/')))];
  return {
    prefixes: g && prefixes.length > 0 ? prefixes : undefined,
    project: session.projectName,
    role,
  };
}

const asFolder = (path: string) => (/^\/[^/]+$/.test(path) ? `${path}/` : path);
const under = (path: string, prefixes: string[]) =>
  prefixes.some((p) => asFolder(path).startsWith(p));
/** A folder on the way to an allowed prefix (`/`, `/bucket/`, `/bucket/team/` for `/bucket/team/code/`). */
const above = (path: string, prefixes: string[]) => {
  const folder = asFolder(path);
  return folder.endsWith('/') && prefixes.some((p) => p.startsWith(folder));
};

const outside = (path: string, prefixes: string[], what: string) =>
  new ConsoleError(
    403,
    ConsoleErrorCode.forbidden,
    `path ${path.slice(0, 200)} is outside the OBS folders your role may ${what}: ${prefixes.join(', ')}`,
    'path',
  );

/** Reading `path` (list, stat, download); 403 naming `path` outside the allowed folders. */
export function checkRead(access: ObsAccess, path: string): void {
  const p = access.prefixes;
  if (p && !under(path, p) && !above(path, p)) throw outside(path, p, 'open');
}

/** Whether an entry found while listing may be shown (folders on the way to a prefix too). */
export function visible(access: ObsAccess, path: string): boolean {
  const p = access.prefixes;
  return !p || under(path, p) || (path.endsWith('/') && above(path, p));
}

/** Whether the role may write at all (upload, create folders, delete). */
export function mayWrite(access: ObsAccess, path: string): boolean {
  if (access.role !== undefined && !roleAllows(access.role, 'operator')) return false;
  return !access.prefixes || under(path, access.prefixes);
}

/** Writing `path`: 403 for a viewer, and outside the allowed folders (naming `path`). */
export function checkWrite(access: ObsAccess, path: string): void {
  if (access.role !== undefined && !roleAllows(access.role, 'operator')) {
    throw new ForbiddenError(
      `Your role in ${access.project} is ${access.role}; to upload, create folders or delete in OBS you need operator`,
    );
  }
  const p = access.prefixes;
  if (p && !under(path, p)) throw outside(path, p, 'write to');
}
