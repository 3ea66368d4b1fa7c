import { randomBytes } from 'node:crypto';
import type { Guardrails, Role } from '@console/shared';

/** Who a team-portal session belongs to (AUTH_MODE=oidc), from the verified ID token. */
export interface PortalIdentity {
  subject: string;
  groups: string[];
  /** Role per project name, from the groups at sign-in. */
  roles: Record<string, Role>;
  /** The portal file's guardrails by role (shown to the forms; enforced by the proxy). */
  guardrails: Partial<Record<Role, Guardrails>>;
  /** For the identity provider's sign-out hint only; never sent to the browser or logged. */
  idToken?: string;
}

export interface Session {
  /**
   * The upstream credential; never leaves the server: the user's IAM token, or, in a portal
   * session, the service account's (filled in per request by portal/portal-sessions.ts).
   */
  token: string;
  projectId: string;
  projectName: string;
  user: string;
  domain: string;
  /** Epoch ms: the IAM token's expires_at; the session ends with it (absolute timeout). */
  expiresAt: number;
  /** Set for team-portal sessions (single sign-on, service account). */
  portal?: PortalIdentity;
}

/** Server-side sessions; the in-memory store is the default, a shared one (Redis) can replace it. */
export interface SessionStore {
  create(session: Session): string;
  /** The live session, or undefined when unknown, past its token's expiry or idle too long. */
  get(id: string): Session | undefined;
  /** Marks the session as used now (restarts its idle timeout). */
  touch(id: string): void;
  delete(id: string): void;
  close(): void;
}

export interface MemorySessionStoreOptions {
  now?: () => number;
  /** A session not touched for this long ends (default: never). */
  idleMs?: number;
  sweepEveryMs?: number;
}

export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

interface Entry {
  session: Session;
  lastSeenAt: number;
}

export class MemorySessionStore implements SessionStore {
  private readonly entries = new Map<string, Entry>();
  private readonly sweeper: NodeJS.Timeout;
  private readonly now: () => number;
  private readonly idleMs: number;

  constructor(opts: MemorySessionStoreOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.idleMs = opts.idleMs ?? Number.POSITIVE_INFINITY;
    this.sweeper = setInterval(() => this.sweep(), opts.sweepEveryMs ?? 60_000);
    this.sweeper.unref();
  }

  create(session: Session): string {
    const id = newSessionId();
    this.entries.set(id, { session: { ...session }, lastSeenAt: this.now() });
    return id;
  }

  get(id: string): Session | undefined {
    const e = this.entries.get(id);
    if (!e) return undefined;
    if (this.ended(e, this.now())) {
      this.entries.delete(id);
      return undefined;
    }
    return e.session;
  }

  touch(id: string): void {
    const e = this.entries.get(id);
    if (e && !this.ended(e, this.now())) e.lastSeenAt = this.now();
  }

  delete(id: string): void {
    this.entries.delete(id);
  }

  close(): void {
    clearInterval(this.sweeper);
    this.entries.clear();
  }

  private ended(e: Entry, now: number): boolean {
    return e.session.expiresAt <= now || now - e.lastSeenAt >= this.idleMs;
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, e] of this.entries) if (this.ended(e, now)) this.entries.delete(id);
  }
}
