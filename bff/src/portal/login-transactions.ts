import { randomBytes } from 'node:crypto';
import type { LoginTransaction } from './oidc-rp.js';

/**
 * Sign-ins in progress, each for 10 minutes and usable once. Starting one needs no session, so
 * the store is bounded: past `max` entries the oldest is dropped (its callback then fails cleanly).
 */
export class LoginTransactions {
  private readonly entries = new Map<string, { t: LoginTransaction; until: number }>();

  constructor(
    private readonly ttlMs = 10 * 60_000,
    private readonly max = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  add(t: LoginTransaction): string {
    const id = randomBytes(24).toString('base64url');
    this.entries.set(id, { t, until: this.now() + this.ttlMs });
    while (this.entries.size > this.max) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return id;
  }

  /** The transaction, removed (one use); undefined when unknown or expired. */
  take(id: string | undefined): LoginTransaction | undefined {
    if (!id) return undefined;
    const e = this.entries.get(id);
    this.entries.delete(id);
    return e && e.until > this.now() ? e.t : undefined;
  }
}
