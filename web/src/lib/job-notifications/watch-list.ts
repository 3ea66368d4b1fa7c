/**
 * Browser notifications (opt-in): whether they are on, and the jobs this browser watches (those
 * the user created here or asked to follow on their page). Kept in localStorage so every tab of
 * the console shares them; at most MAX_WATCHED jobs (the oldest go first).
 */
export type WatchedJob =
  { api: 'v1'; jobId: number; versionId: number } | { api: 'v2'; jobId: string };

export const MAX_WATCHED = 50;
const ENABLED_KEY = 'mac.jobNotifications.enabled';
const WATCHED_KEY = 'mac.jobNotifications.watched';

export const watchKey = (j: WatchedJob): string =>
  j.api === 'v1' ? `v1:${j.jobId}:${j.versionId}` : `v2:${j.jobId}`;

function isWatched(v: unknown): v is WatchedJob {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  if (o.api === 'v1') return Number.isSafeInteger(o.jobId) && Number.isSafeInteger(o.versionId);
  return o.api === 'v2' && typeof o.jobId === 'string' && o.jobId.length > 0;
}

export class WatchList {
  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'>) {}

  enabled(): boolean {
    return this.storage.getItem(ENABLED_KEY) === 'true';
  }

  setEnabled(on: boolean): void {
    this.storage.setItem(ENABLED_KEY, String(on));
  }

  jobs(): WatchedJob[] {
    try {
      const raw: unknown = JSON.parse(this.storage.getItem(WATCHED_KEY) ?? '[]');
      return Array.isArray(raw) ? raw.filter(isWatched) : [];
    } catch {
      return [];
    }
  }

  has(j: WatchedJob): boolean {
    return this.jobs().some((w) => watchKey(w) === watchKey(j));
  }

  add(j: WatchedJob): void {
    const rest = this.jobs().filter((w) => watchKey(w) !== watchKey(j));
    this.save([...rest, j].slice(-MAX_WATCHED));
  }

  remove(j: WatchedJob): void {
    this.save(this.jobs().filter((w) => watchKey(w) !== watchKey(j)));
  }

  private save(jobs: WatchedJob[]): void {
    this.storage.setItem(WATCHED_KEY, JSON.stringify(jobs));
  }
}
