import type { Request } from 'express';
import { z } from 'zod';
import type { AllowedRoute } from '../services/allow-list.js';
import {
  v1ListFacts,
  v1VersionFacts,
  v2JobFacts,
  v2SearchFacts,
  type JobRef,
} from '../services/notify/job-facts.js';
import type { Credential, JobNotifier, Sighting } from '../services/notify/job-notifier.js';
import type { SessionStore } from '../services/session-store.js';

/** A v1 create (§3.1) or new version (§3.5) answer: the version that now runs. */
const V1CreatedSchema = z.looseObject({
  job_id: z.union([z.number(), z.string()]),
  version_id: z.union([z.number(), z.string()]),
});

const V1_VERSION_PATH = /^training-jobs\/([^/]+)\/versions\/[^/]+$/;

/** The jobs an answer shows, by the contract that answered (others show none). */
function sightings(
  route: AllowedRoute,
  version: string,
  rel: string,
  projectId: string,
  body: unknown,
): Sighting[] {
  const one = <T>(f: T | undefined): T[] => (f ? [f] : []);
  switch (`${version}.${route.name ?? ''}`) {
    case 'v1.getVersion': {
      const jobId = V1_VERSION_PATH.exec(rel)?.[1];
      return jobId ? one(v1VersionFacts(projectId, decodeURIComponent(jobId), body)) : [];
    }
    case 'v1.listJobs':
      return v1ListFacts(projectId, body);
    case 'v1.createJob':
    case 'v1.createVersion': {
      const r = V1CreatedSchema.safeParse(body);
      if (!r.success) return [];
      const ref: JobRef = {
        api: 'v1',
        projectId,
        jobId: String(r.data.job_id),
        versionId: String(r.data.version_id),
      };
      return [{ ref, terminal: false }];
    }
    case 'v2.getJob':
    case 'v2.createJob':
      return one(v2JobFacts(projectId, body));
    case 'v2.searchJobs':
      return v2SearchFacts(projectId, body);
    default:
      return [];
  }
}

/**
 * What the proxy calls with each small 200 answer it handed to a browser: the jobs in it are
 * sighted by the notifier, with the credential of the session that read them (valid while the
 * session lives). Never throws: a body that is not what the contract says is ignored.
 */
export function notifyTap(notifier: JobNotifier, sessions: Pick<SessionStore, 'cached'>) {
  return (
    req: Request,
    route: AllowedRoute,
    version: string,
    status: number,
    body: Buffer,
  ): void => {
    const session = req.session;
    const sessionId = req.sessionId;
    if (status < 200 || status > 299 || !session || !sessionId || route.name === undefined) return;
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      return;
    }
    const rel = req.path.replace(/^\/+/, '');
    const token = session.token;
    const credential: Credential = () => (sessions.cached(sessionId) ? token : undefined);
    for (const s of sightings(route, version, rel, session.projectId, json)) {
      notifier.sight(s, credential);
    }
  };
}
