import type { IamClient, IssuedToken } from '../clients/iam-client.js';

export interface PasswordAccount {
  projectName: string;
  user: string;
  password: string;
  domain: string;
}

export interface ServiceTokenOptions {
  /** A token is renewed once it has less than this left (default 10 minutes). */
  renewBeforeMs?: number;
  now?: () => number;
}

/**
 * A service account's IAM token for one project: issued on first use, renewed before its
 * `expires_at`, and in a single flight — however many requests need it at once, IAM is asked once.
 * An upstream 401 for the current token drops it (`rejected`), so the next call signs in again,
 * once. The password stays here; the token is handed only to the upstream clients.
 */
export class ServiceToken {
  private current: IssuedToken | undefined;
  /** When the current token expires by this clock (IAM's clock may differ from ours). */
  private expiresAt = 0;
  private inFlight: Promise<IssuedToken> | undefined;
  private readonly renewBeforeMs: number;
  private readonly now: () => number;

  constructor(
    private readonly iam: IamClient,
    private readonly account: PasswordAccount,
    opts: ServiceTokenOptions = {},
  ) {
    this.renewBeforeMs = opts.renewBeforeMs ?? 10 * 60_000;
    this.now = opts.now ?? Date.now;
  }

  /** A token with time left, or undefined when one must be fetched first (see `get`). */
  peek(): IssuedToken | undefined {
    const t = this.current;
    return t && this.expiresAt - this.now() > this.renewBeforeMs ? t : undefined;
  }

  /** A token with time left: the cached one, or one fresh from IAM (one call for all waiting). */
  async get(): Promise<IssuedToken> {
    const fresh = this.peek();
    if (fresh) return fresh;
    this.inFlight ??= this.issue().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  /** The upstream refused `token`: forget it, so the next `get` signs in again. */
  rejected(token: string): void {
    if (this.current?.token === token) this.current = undefined;
  }

  private async issue(): Promise<IssuedToken> {
    const a = this.account;
    const t = await this.iam.issueToken({
      domain: a.domain,
      username: a.user,
      password: a.password,
      project: a.projectName,
    });
    // the lifetime counts from now (IAM's clock may be off); without issued_at, expires_at as is
    this.expiresAt = t.lifetimeMs === undefined ? t.expiresAt : this.now() + t.lifetimeMs;
    this.current = t;
    return t;
  }
}
