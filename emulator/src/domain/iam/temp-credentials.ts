import { randomBytes } from 'node:crypto';
import type { TokenRecord } from '../../store/types.js';
import { iamTime } from './token-service.js';

/** IAM bounds of `duration_seconds` (15 minutes to 24 hours; 900 when not given). */
export const MIN_DURATION_S = 900;
export const MAX_DURATION_S = 86_400;
export const DEFAULT_DURATION_S = 900;

/** A temporary AK/SK with its security token (IAM "CreateTemporaryAccessKeyByToken"). */
export interface TemporaryCredential {
  access: string;
  secret: string;
  securitytoken: string;
  expiresAt: number;
  /** Who asked for it (the token's user and project). */
  user: string;
  projectId: string;
}

export type CredentialLookup =
  { ok: true; credential: TemporaryCredential } | { ok: false; reason: 'unknown' | 'expired' };

const KEEP_EXPIRED_MS = 24 * 60 * 60 * 1000;

/**
 * Issues temporary credentials and answers who holds an access key. Kept in memory only: the
 * secret must stay readable to check signatures, and a restart of the emulator ends them (as a
 * test wants). Expired credentials are remembered a day so a late caller hears "expired".
 */
export class TemporaryCredentials {
  private readonly byAccess = new Map<string, TemporaryCredential>();

  constructor(private readonly now: () => number = Date.now) {}

  issue(token: TokenRecord, durationS: number): TemporaryCredential {
    const issuedAt = this.now();
    for (const [ak, c] of this.byAccess)
      if (c.expiresAt < issuedAt - KEEP_EXPIRED_MS) this.byAccess.delete(ak);
    const credential: TemporaryCredential = {
      // 20 upper-case characters like a real AK; the secret 40 like an SK.
      access: randomBytes(15)
        .toString('base64url')
        .toUpperCase()
        .replace(/[^A-Z0-9]/g, 'X')
        .slice(0, 20),
      secret: randomBytes(30).toString('base64url').slice(0, 40),
      securitytoken: 'gQ' + randomBytes(180).toString('base64'),
      // never past the token it came from
      expiresAt: Math.min(issuedAt + durationS * 1000, token.expires_at),
      user: token.user_name,
      projectId: token.project_id,
    };
    this.byAccess.set(credential.access, credential);
    return credential;
  }

  lookup(access: string): CredentialLookup {
    const credential = this.byAccess.get(access);
    if (!credential) return { ok: false, reason: 'unknown' };
    if (credential.expiresAt <= this.now()) return { ok: false, reason: 'expired' };
    return { ok: true, credential };
  }

  /** Test control: every temporary credential expires now. */
  expireAll(): void {
    const now = this.now();
    for (const c of this.byAccess.values()) c.expiresAt = Math.min(c.expiresAt, now);
  }

  /** The response body IAM answers (201). */
  static view(c: TemporaryCredential) {
    return {
      credential: {
        access: c.access,
        secret: c.secret,
        securitytoken: c.securitytoken,
        expires_at: iamTime(c.expiresAt),
      },
    };
  }
}
