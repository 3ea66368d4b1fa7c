import type { Request } from 'express';
import type { Redis } from 'ioredis';
import { ForbiddenError } from '../errors.js';
import { KEY_PREFIX, onRedis } from '../redis/redis-connection.js';
import type { AllowedRoute } from '../services/allow-list.js';
import { OWNER_ANNOTATION } from './guard-calls.js';
import { roleOf } from './portal-sessions.js';

/** A GET through the proxy's pool with the session's credential; the parsed JSON body. */
export type UpstreamGet = (credential: string, path: string) => Promise<unknown>;

/** Who created which v1 job through the portal (by project and job name; v1 has no annotations). */
export interface V1JobOwnerStore {
  record(project: string, jobName: string, user: string): Promise<void>;
  /** The creator of each named job (undefined: not created through the portal, or forgotten). */
  ownersOf(project: string, jobNames: string[]): Promise<(string | undefined)[]>;
}

const field = (project: string, jobName: string) => JSON.stringify([project, jobName]);

/**
 * In memory: a restart forgets it (with REDIS_URL, RedisV1JobOwners keeps it); v2 jobs carry
 * their creator upstream, in `metadata.annotations`.
 */
export class V1JobOwners implements V1JobOwnerStore {
  private readonly owners = new Map<string, string>();
  async record(project: string, jobName: string, user: string): Promise<void> {
    this.owners.set(field(project, jobName), user);
  }
  async ownersOf(project: string, jobNames: string[]): Promise<(string | undefined)[]> {
    return jobNames.map((n) => this.owners.get(field(project, n)));
  }
}

/** The Redis hash `mac:v1-owners` (field: project and job name): shared, and kept over restarts. */
export class RedisV1JobOwners implements V1JobOwnerStore {
  static readonly KEY = `${KEY_PREFIX}v1-owners`;
  constructor(private readonly redis: Redis) {}
  async record(project: string, jobName: string, user: string): Promise<void> {
    await onRedis(this.redis, () =>
      this.redis.hset(RedisV1JobOwners.KEY, field(project, jobName), user),
    );
  }
  async ownersOf(project: string, jobNames: string[]): Promise<(string | undefined)[]> {
    if (jobNames.length === 0) return [];
    const fields = jobNames.map((n) => field(project, n));
    const users = await onRedis(this.redis, () =>
      this.redis.hmget(RedisV1JobOwners.KEY, ...fields),
    );
    return users.map((u) => u ?? undefined);
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
export function ownJobsOnly(v1Owners: V1JobOwnerStore, get: UpstreamGet) {
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
      owner =
        v.job_name === undefined
          ? undefined
          : (await v1Owners.ownersOf(s.projectName, [v.job_name]))[0];
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
export function recordV1Owner(v1Owners: V1JobOwnerStore, req: Request, route: AllowedRoute): void {
  const s = req.session;
  const name = (req.body as { job_name?: unknown } | undefined)?.job_name;
  if (s?.portal && route.name === 'createJob' && typeof name === 'string') {
    v1Owners.record(s.projectName, name, s.user).catch((err: unknown) => {
      // the job exists; only its owner record is lost (an operator then cannot stop it: admins can)
      req.log.warn({ err, job: name }, 'v1 job owner not recorded');
    });
  }
}
