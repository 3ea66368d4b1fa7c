import type { TemporaryKeys } from '../../clients/iam-security-token.js';

/** Keys are renewed this long before they expire (a request signed now must still be valid). */
export const RENEW_BEFORE_MS = 5 * 60_000;

interface Entry {
  keys?: TemporaryKeys;
  pending?: Promise<TemporaryKeys>;
}

/**
 * Temporary OBS keys per session (`iam` mode): fetched from IAM with the session's token on first
 * use, reused until RENEW_BEFORE_MS before they expire, one fetch at a time per session (callers
 * in between wait for it), forgotten when the session ends or after a refusal. At most `max`
 * sessions are kept (the oldest first out).
 */
export class TemporaryKeyCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly fetchKeys: (userToken: string) => Promise<TemporaryKeys>,
    private readonly now: () => number = Date.now,
    private readonly max = 10_000,
  ) {}

  get(sessionId: string, userToken: string): Promise<TemporaryKeys> {
    const entry = this.entries.get(sessionId) ?? {};
    if (entry.keys && entry.keys.expiresAt - RENEW_BEFORE_MS > this.now())
      return Promise.resolve(entry.keys);
    if (entry.pending) return entry.pending;
    const pending = this.fetchKeys(userToken).then(
      (keys) => {
        if (this.entries.get(sessionId) === entry) {
          entry.keys = keys;
          delete entry.pending;
        }
        return keys;
      },
      (err: unknown) => {
        if (this.entries.get(sessionId) === entry) this.entries.delete(sessionId);
        throw err;
      },
    );
    entry.pending = pending;
    this.entries.delete(sessionId);
    this.entries.set(sessionId, entry);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return pending;
  }

  /** The session ended, or OBS refused its keys: the next call fetches new ones. */
  forget(sessionId: string): void {
    this.entries.delete(sessionId);
  }

  get size(): number {
    return this.entries.size;
  }
}
