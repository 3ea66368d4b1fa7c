/**
 * What the page has shown of each live log, kept in the page's memory (never in browser storage)
 * beyond the life of the view that shows it: the lines and the cursor (`last_event_id`) after the
 * last one. When the view is mounted again — after signing in again (the session ended, the route
 * went to /login and back), or on coming back to the job — it shows the same lines and the stream
 * resumes after them: nothing is repeated, nothing lost.
 *
 * Keyed by the stream's URL without `last_event_id`. At most `MAX_REMEMBERED` logs (the least
 * recently used go first). Everything is forgotten on sign-out and when another account or
 * project signs in (`keepLogsFor`).
 */
export const MAX_REMEMBERED = 12;

/** The lines shown (`log`) and, per stream URL, the cursor after the last of its lines. */
export interface RememberedLog<T> {
  log: T;
  cursors: Map<string, string>;
}

const remembered = new Map<string, RememberedLog<unknown>>();
let owner: string | null = null;

/** The remembered log of `key`, or a new one with the lines `create` makes (then remembered). */
export function rememberedLog<T>(key: string, create: () => T): RememberedLog<T> {
  const known = remembered.get(key) as RememberedLog<T> | undefined;
  if (known) {
    remembered.delete(key); // most recently used last
    remembered.set(key, known);
    return known;
  }
  const value: RememberedLog<T> = { log: create(), cursors: new Map() };
  remembered.set(key, value);
  while (remembered.size > MAX_REMEMBERED) {
    const oldest = remembered.keys().next().value as string;
    remembered.delete(oldest);
  }
  return value;
}

/** Forgets every log (sign-out). */
export function forgetLogs(): void {
  remembered.clear();
  owner = null;
}

/** The logs belong to `account` now: those of another account (or project) are forgotten. */
export function keepLogsFor(account: string): void {
  if (owner !== null && owner !== account) remembered.clear();
  owner = account;
}

/** The account key of a session: domain, user and project (the logs one may read). */
export function logOwner(session: {
  domain: string;
  user: string;
  project: { id: string };
}): string {
  return JSON.stringify([session.domain, session.user, session.project.id]);
}

/** Whether the page already shows (remembers) the log of `key`: its stream resumes, not starts. */
export function isRemembered(key: string): boolean {
  return remembered.has(key);
}
