import { ConsoleErrorCode, type ConsoleErrorBody } from '@console/shared';
import { TooManyRequestsError } from '../errors.js';

/** An open live-log stream as the session bookkeeping sees it. */
export interface TrackedStream {
  /** Sends an `error` event and ends the response. */
  fail(body: ConsoleErrorBody): void;
  /** Ends the response without an event: the browser reconnects by itself with its last id. */
  hangUp(): void;
}

export const SESSION_ENDED: ConsoleErrorBody = {
  error_code: ConsoleErrorCode.unauthenticated,
  error_msg: 'The session has ended; sign in again',
};

/**
 * The live-log streams each session holds open: caps them per session, and ends them all when the
 * session ends (sign-out, or a new sign-in replacing it).
 */
export class SessionStreams {
  private readonly bySession = new Map<string, Set<TrackedStream>>();

  constructor(private readonly maxPerSession: number) {}

  count(sessionId: string): number {
    return this.bySession.get(sessionId)?.size ?? 0;
  }

  /** Open streams of all sessions (the metrics gauge). */
  total(): number {
    let n = 0;
    for (const set of this.bySession.values()) n += set.size;
    return n;
  }

  /** Registers a stream; throws TooManyRequestsError (429) beyond the cap. `remove` frees it. */
  add(sessionId: string, stream: TrackedStream): void {
    const set = this.bySession.get(sessionId) ?? new Set<TrackedStream>();
    if (set.size >= this.maxPerSession) {
      throw new TooManyRequestsError(
        `At most ${this.maxPerSession} live log streams per session; close another log view first`,
      );
    }
    set.add(stream);
    this.bySession.set(sessionId, set);
  }

  /** Frees the stream's slot (nothing when it holds none any more). */
  remove(sessionId: string, stream: TrackedStream): void {
    const set = this.bySession.get(sessionId);
    if (!set?.delete(stream)) return;
    if (set.size === 0) this.bySession.delete(sessionId);
  }

  /** Ends every stream of every session without an event (graceful shutdown: they reconnect). */
  hangUpAll(): void {
    const all = [...this.bySession.values()].flatMap((set) => [...set]);
    this.bySession.clear();
    for (const s of all) s.hangUp();
  }

  /** Ends every stream of the session with an `error` event (Console.0401). */
  closeSession(sessionId: string): void {
    const set = this.bySession.get(sessionId);
    if (!set) return;
    this.bySession.delete(sessionId);
    for (const s of [...set]) s.fail(SESSION_ENDED);
  }
}
