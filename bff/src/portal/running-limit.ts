import type { Request } from 'express';
import { isV1Terminal, isV2Terminal, V2_PHASES } from '@console/shared';
import { ValidationError } from '../errors.js';
import type { AllowedRoute } from '../services/allow-list.js';
import { OWNER_ANNOTATION } from './guard-calls.js';
import type { V1JobOwnerStore } from './job-owners.js';
import type { Portal } from './portal-runtime.js';
import { roleOf } from './portal-sessions.js';

/** A JSON call through the proxy's pool with the session's credential. */
export type UpstreamJson = (
  credential: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
) => Promise<unknown>;

/** The most recent jobs looked at per API (a bound: the count is of the newest jobs). */
const LOOK_AT = 100;

interface Counted {
  credential: string;
  projectId: string;
  projectName: string;
  user: string;
}

async function runningV2(call: UpstreamJson, c: Counted): Promise<number> {
  const active = V2_PHASES.filter((p) => !isV2Terminal(p));
  let mine = 0;
  for (let offset = 0; offset * 50 < LOOK_AT; offset += 1) {
    const page = (await call(
      c.credential,
      'POST',
      `/v2/${encodeURIComponent(c.projectId)}/training-job-searches`,
      {
        offset,
        limit: 50,
        filters: [{ key: 'phase', operator: 'in', value: active }],
      },
    )) as { items?: { metadata?: { annotations?: Record<string, string> } }[] };
    const items = page.items ?? [];
    mine += items.filter((j) => j.metadata?.annotations?.[OWNER_ANNOTATION] === c.user).length;
    if (items.length < 50) break;
  }
  return mine;
}

async function runningV1(call: UpstreamJson, owners: V1JobOwnerStore, c: Counted): Promise<number> {
  const q = new URLSearchParams({
    per_page: String(LOOK_AT),
    page: '1',
    sortBy: 'create_time',
    order: 'desc',
  });
  const list = (await call(
    c.credential,
    'GET',
    `/v1/${encodeURIComponent(c.projectId)}/training-jobs?${q}`,
  )) as {
    jobs?: { job_name?: string; status?: number }[];
  };
  const names = (list.jobs ?? [])
    .filter((j) => typeof j.status === 'number' && !isV1Terminal(j.status))
    .flatMap((j) => (j.job_name === undefined ? [] : [j.job_name]));
  const creators = await owners.ownersOf(c.projectName, names);
  return creators.filter((o) => o === c.user).length;
}

const creates = (version: string, name: string | undefined) =>
  name === 'createJob' || (version === 'v1' && name === 'createVersion');

/**
 * The `max_running_per_user` guardrail: before a portal user's create, their jobs that have not
 * ended (v1 and v2 together, among the newest of each) are counted; at the limit the create is
 * refused (400). A count that cannot be made does not block the create (the limit is a guardrail,
 * not a security boundary: the role check is).
 */
export function runningLimit(portal: Portal, owners: V1JobOwnerStore, call: UpstreamJson) {
  return async (req: Request, route: AllowedRoute, version: string): Promise<void> => {
    const s = req.session;
    if (!s?.portal || !creates(version, route.name)) return;
    const role = roleOf(s);
    const max = role ? portal.file.guardrails[role]?.max_running_per_user : undefined;
    if (max === undefined) return;
    const c = {
      credential: s.token,
      projectId: s.projectId,
      projectName: s.projectName,
      user: s.user,
    };
    let running: number;
    try {
      running = (await runningV2(call, c)) + (await runningV1(call, owners, c));
    } catch (err) {
      req.log.warn({ err }, 'running jobs could not be counted; the create goes on');
      return;
    }
    if (running >= max) {
      throw new ValidationError(
        `You have ${running} jobs running; your role may run at most ${max} at a time — stop one first`,
      );
    }
  };
}
