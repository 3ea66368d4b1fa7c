import { randomBytes } from 'node:crypto';

export interface Session {
  /** The IAM token; never leaves the server. */
  token: string;
  projectId: string;
  projectName: string;
  user: string;
  domain: string;
  /** Epoch ms: the IAM token's expires_at; the session ends with it. */
  expiresAt: number;
}

/** Server-side sessions; the in-memory store is the default, a shared one (Redis) can replace it. */
export interface SessionStore {
  create(session: Session): string;
  get(id: string): Session | undefined;
  delete(id: string): void;
  close(): void;
}

export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

export class MemorySessionStore implements SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly now: () => number = Date.now,
    sweepEveryMs = 60_000,
  ) {
    this.sweeper = setInterval(() => this.sweep(), sweepEveryMs);
    this.sweeper.unref();
  }

  create(session: Session): string {
    const id = newSessionId();
    this.sessions.set(id, { ...session });
    return id;
  }

  get(id: string): Session | undefined {
    const s = this.sessions.get(id);
    if (!s) return undefined;
    if (s.expiresAt <= this.now()) {
      this.sessions.delete(id);
      return undefined;
    }
    return s;
  }

  delete(id: string): void {
    this.sessions.delete(id);
  }

  close(): void {
    clearInterval(this.sweeper);
    this.sessions.clear();
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, s] of this.sessions) if (s.expiresAt <= now) this.sessions.delete(id);
  }
}
