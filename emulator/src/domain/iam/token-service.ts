import { createHash, randomBytes } from 'node:crypto';
import type { StateStore } from '../../store/state-store.js';
import type { TokenRecord } from '../../store/types.js';
import type { Identity } from './users.js';

export const DEFAULT_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;
const KEEP_EXPIRED_MS = 7 * DEFAULT_TOKEN_TTL_MS;

export type TokenCheck =
  { ok: true; token: TokenRecord } | { ok: false; reason: 'missing' | 'invalid' | 'expired' };

/** An issued token in clear, kept in memory only for the test control surface. */
export interface IssuedToken {
  token: string;
  user: string;
  project_id: string;
  expires_at: string;
  /** Set once the token was deleted with `DELETE /v3/auth/tokens`. */
  revoked?: boolean;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** IAM-style ISO time with microseconds: `2019-02-13T06:52:13.855000Z`. */
export const iamTime = (ms: number) => new Date(ms).toISOString().replace(/Z$/, '000Z');

/**
 * Issues opaque `MII…` tokens and validates them; the store keeps only their hashes. A check
 * hashes the token once and looks it up by that hash (one Map read, whatever the number stored).
 */
export class TokenService {
  readonly issued: IssuedToken[] = [];
  private readonly byHash = new Map<string, TokenRecord>();
  private nextPrune = 0;

  constructor(
    private readonly store: StateStore,
    private readonly ttlMs = DEFAULT_TOKEN_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {
    for (const t of store.state.tokens) this.byHash.set(t.hash, t);
  }

  /** Expired tokens are kept a week so a late caller still hears "expired", not "invalid". */
  private prune(now: number): void {
    if (now < this.nextPrune) return;
    this.nextPrune = now + 60_000;
    const gone = this.store.removeTokens((t) => t.expires_at <= now - KEEP_EXPIRED_MS);
    for (const t of gone) this.byHash.delete(t.hash);
  }

  issue(identity: Identity): { token: string; record: TokenRecord } {
    const token = 'MII' + randomBytes(96).toString('base64url');
    const issuedAt = this.now();
    const record: TokenRecord = {
      hash: hash(token),
      user_name: identity.user.name,
      user_id: identity.user.id,
      domain_name: identity.domain.name,
      domain_id: identity.domain.id,
      project_id: identity.project.id,
      project_name: identity.project.name,
      issued_at: issuedAt,
      expires_at: issuedAt + this.ttlMs,
    };
    this.prune(issuedAt);
    this.store.addToken(record);
    this.byHash.set(record.hash, record);
    this.issued.push({
      token,
      user: record.user_name,
      project_id: record.project_id,
      expires_at: iamTime(record.expires_at),
    });
    return { token, record };
  }

  check(token: string | undefined): TokenCheck {
    if (!token) return { ok: false, reason: 'missing' };
    const record = this.byHash.get(hash(token));
    if (!record) return { ok: false, reason: 'invalid' };
    if (record.expires_at <= this.now()) return { ok: false, reason: 'expired' };
    return { ok: true, token: record };
  }

  /** The stored record of a token, expired or not (undefined when unknown or deleted). */
  recordOf(token: string): TokenRecord | undefined {
    return this.byHash.get(hash(token));
  }

  /**
   * IAM `DELETE /v3/auth/tokens`: the token is gone at once, expired or not (so it then answers
   * "invalid", ModelArts.0203). Returns false when no such token was ever issued (or kept).
   */
  revoke(token: string): boolean {
    const h = hash(token);
    if (!this.byHash.delete(h)) return false;
    this.store.removeTokens((t) => t.hash === h);
    for (const t of this.issued) if (t.token === token) t.revoked = true;
    return true;
  }

  /** Test control: every token expires now. */
  expireAll(): void {
    const now = this.now();
    for (const t of this.store.state.tokens) {
      t.expires_at = Math.min(t.expires_at, now);
      this.store.tokenChanged(t);
    }
    for (const t of this.issued) t.expires_at = iamTime(now);
  }
}
