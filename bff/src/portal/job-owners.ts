import type { Request } from 'express';
import { ForbiddenError } from '../errors.js';
import type { AllowedRoute } from '../services/allow-list.js';
import { OWNER_ANNOTATION } from './guard-calls.js';
import { roleOf } from './portal-sessions.js';

/** A GET through the proxy's pool with the session's credential; the parsed JSON body. */
export type UpstreamGet = (credential: string, path: string) => Promise<unknown>;

/**
 * Who created which v1 job through the portal (by project and job name; v1 has no annotations).
 * In memory: a restart forgets it (a shared store comes with the scale-out issue); v2 jobs carry
 * their creator upstream, in `metadata.annotations`.
 */
export class V1JobOwners {
  private readonly owners = new Map<string, string>();
  record(project: string, jobName: string, user: string): void {
    this.owners.set(JSON.stringify([project, jobName]), user);
  }
  ownerOf(project: string, jobName: string): string | undefined {
    return this.owners.get(JSON.stringify([project, jobName]));
  }
}

const stops = { v1: new Set(['stopVersion']), v2: new Set(['jobAction']) } as const;

const jobIdIn = (path: string) =>
  decodeURIComponent(/training-jobs\/([^/]+)/.exec(path)?.[1] ?? '');

/**
 * "An operator may stop only their own jobs": before a stop of a portal operator goes upstream,
 * the job's creator is looked up (v2: its annotation; v1: the portal's record, by the job's name)
 * and anyone else's job is refused (403). Admins stop any job; viewers never reach this.
 */
export function ownJobsOnly(v1Owners: V1JobOwners, get: UpstreamGet) {
  return async (req: Request, route: AllowedRoute, version: string): Promise<void> => {
    const s = req.session;
    if (!s?.portal || roleOf(s) !== 'operator') return;
    if (!(version === 'v1' ? stops.v1 : stops.v2).has(route.name ?? '')) return;
    const id = encodeURIComponent(jobIdIn(req.path));
    const base = `/${version}/${encodeURIComponent(s.projectId)}/training-jobs/${id}`;
    let owner: string | undefined;
    if (version === 'v2') {
      const job = (await get(s.token, base)) as {
        metadata?: { annotations?: Record<string, string> };
      };
      owner = job.metadata?.annotations?.[OWNER_ANNOTATION];
    } else {
      const v = (await get(s.token, `${base}/versions?per_page=1&page=1`)) as { job_name?: string };
      owner = v.job_name === undefined ? undefined : v1Owners.ownerOf(s.projectName, v.job_name);
    }
    if (owner !== s.user) {
      throw new ForbiddenError(
        owner
          ? `This job is ${owner}'s: as an operator you may stop only your own jobs`
          : 'This job was not started by you through the console: as an operator you may stop only your own jobs',
      );
    }
  };
}

/** After a v1 create through the portal succeeded: remember who made the job. */
export function recordV1Owner(v1Owners: V1JobOwners, req: Request, route: AllowedRoute): void {
  const s = req.session;
  const name = (req.body as { job_name?: unknown } | undefined)?.job_name;
  if (s?.portal && route.name === 'createJob' && typeof name === 'string') {
    v1Owners.record(s.projectName, name, s.user);
  }
}
