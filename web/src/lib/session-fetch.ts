import type { SessionInfo } from '@console/shared';
import { apiRequest } from './api-client.js';
import { ApiError } from './api-error.js';
import { keepLogsFor, logOwner } from './log-memory.js';

// Reading the session without React Query: the signed-out login page (app/sign-in-entry.tsx)
// checks it before the console's data layer is loaded; session-query.ts caches it for the console.

/** The session's schema, loaded with zod when a session arrives (never on the signed-out login page). */
export const sessionInfoSchema = () =>
  import('./session-info-schema.js').then((m) => m.SessionInfoSchema);

let early: Promise<SessionInfo | null> | undefined;

/**
 * Starts reading the session now — the page's entry calls it before any console code has loaded —
 * and its schema beside it; the next `fetchSession()` takes this answer instead of asking again.
 */
export function readSessionEarly(): void {
  if (early) return;
  sessionInfoSchema().catch(() => undefined);
  early = readSession();
  // a failure is the caller's to report when it takes the answer, not an unhandled rejection now
  early.catch(() => undefined);
}

/** The current session, or null when the browser has none (GET /api/session answers 401). */
export function fetchSession(): Promise<SessionInfo | null> {
  const answer = early ?? readSession();
  early = undefined;
  return answer;
}

async function readSession(): Promise<SessionInfo | null> {
  try {
    const session = await apiRequest('/api/session', {
      schema: sessionInfoSchema,
      redirectOn401: false,
    });
    keepLogsFor(logOwner(session));
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}
