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

/** Server-side sessions: in memory (one process), or in Redis (shared by every replica). */
export interface SessionStore {
  create(session: Session): Promise<string>;
  /** The live session, or undefined when unknown, past its token's expiry or idle too long. */
  get(id: string): Promise<Session | undefined>;
  /** Restarts the idle timeout; false when the session has ended (unknown/expired/revoked). */
  touch(id: string): Promise<boolean>;
  /** Ends the session, at once for every replica (its `onEnded` listeners run). */
  delete(id: string): Promise<void>;
  /**
   * Sync: the session as this replica last saw it; undefined once ended here or (pushed) on any
   * replica. For open log streams, which read the token between requests.
   */
  cached(id: string): Session | undefined;
  /** Called when any replica ends a session (sign-out, revocation, 401 from upstream). */
  onEnded(listener: (id: string) => void): () => void;
  close(): Promise<void>;
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

/** The `onEnded` listeners of a store; one that throws does not stop the others. */
export class EndedListeners {
  private readonly listeners = new Set<(id: string) => void>();

  add(listener: (id: string) => void): () => void {
    const own = (id: string) => listener(id);
    this.listeners.add(own);
    return () => this.listeners.delete(own);
  }

  fire(id: string): void {
    for (const l of [...this.listeners]) {
      try {
        l(id);
      } catch {
        // a listener's failure is its own
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}

interface Entry {
  session: Session;
  lastSeenAt: number;
}

/** This process's memory: the single-replica default (no REDIS_URL). */
export class MemorySessionStore implements SessionStore {
  private readonly entries = new Map<string, Entry>();
  private readonly sweeper: NodeJS.Timeout;
  private readonly now: () => number;
  private readonly idleMs: number;
  private readonly ended = new EndedListeners();

  constructor(opts: MemorySessionStoreOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.idleMs = opts.idleMs ?? Number.POSITIVE_INFINITY;
    this.sweeper = setInterval(() => this.sweep(), opts.sweepEveryMs ?? 60_000);
    this.sweeper.unref();
  }

  async create(session: Session): Promise<string> {
    const id = newSessionId();
    this.entries.set(id, { session: { ...session }, lastSeenAt: this.now() });
    return id;
  }

  async get(id: string): Promise<Session | undefined> {
    return this.cached(id);
  }

  cached(id: string): Session | undefined {
    const e = this.entries.get(id);
    if (!e) return undefined;
    if (this.over(e, this.now())) {
      this.entries.delete(id);
      return undefined;
    }
    return e.session;
  }

  async touch(id: string): Promise<boolean> {
    const e = this.entries.get(id);
    if (!e || this.over(e, this.now())) return false;
    e.lastSeenAt = this.now();
    return true;
  }

  async delete(id: string): Promise<void> {
    this.entries.delete(id);
    this.ended.fire(id);
  }

  onEnded(listener: (id: string) => void): () => void {
    return this.ended.add(listener);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.entries.clear();
    this.ended.clear();
  }

  private over(e: Entry, now: number): boolean {
    return e.session.expiresAt <= now || now - e.lastSeenAt >= this.idleMs;
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, e] of this.entries) if (this.over(e, now)) this.entries.delete(id);
  }
}
