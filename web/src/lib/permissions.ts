import {
  roleAllows,
  v1Endpoints,
  v1Roles,
  v2Endpoints,
  v2Roles,
  type Endpoint,
  type Role,
} from '@console/shared';
import { t } from './i18n/i18n.js';

/** The role each endpoint needs in the team portal, by endpoint (the contracts' role tables). */
const needed = new Map<Endpoint, Role>();
for (const name of Object.keys(v1Endpoints) as (keyof typeof v1Endpoints)[]) {
  needed.set(v1Endpoints[name], v1Roles[name]);
}
for (const name of Object.keys(v2Endpoints) as (keyof typeof v2Endpoints)[]) {
  needed.set(v2Endpoints[name], v2Roles[name]);
}

/** The role an endpoint needs (an endpoint outside the tables: reads need viewer, else operator). */
export function roleNeededFor(endpoint: Endpoint): Role {
  return needed.get(endpoint) ?? (endpoint.method === 'GET' ? 'viewer' : 'operator');
}

/**
 * Whether a session with `role` may call `endpoint`. No role means the personal console (the
 * user's own IAM password): the console allows everything and IAM decides.
 */
export function mayCall(role: Role | undefined, endpoint: Endpoint): boolean {
  return role === undefined || roleAllows(role, roleNeededFor(endpoint));
}

/** One action a button offers: the endpoint it calls and its verb in the user's words. */
export type Action = readonly [endpoint: Endpoint, verb: string];

/** The verbs of `actions` a session with `role` may not do, each once, in order. */
export function missingVerbs(role: Role | undefined, actions: readonly Action[]): string[] {
  const out: string[] = [];
  for (const [endpoint, verb] of actions) {
    if (!mayCall(role, endpoint) && !out.includes(verb)) out.push(verb);
  }
  return out;
}

/** "create", "create or stop", "create, stop or delete". */
export function joinVerbs(verbs: readonly string[]): string {
  const words = verbs.map((verb) => t(verb));
  if (words.length <= 1) return words.join('');
  return t('{{some}} or {{last}}', { some: words.slice(0, -1).join(t(', ')), last: words.at(-1) });
}

/** Why buttons are missing: "Your role (viewer) can't create or delete jobs — ask an admin". */
export function roleNote(role: Role, verbs: readonly string[], what: string): string {
  return t("Your role ({{role}}) can't {{verbs}} {{what}} — ask an admin", {
    role: t(role),
    verbs: joinVerbs(verbs),
    what: t(what),
  });
}
