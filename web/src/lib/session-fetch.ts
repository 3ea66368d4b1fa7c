import type { SessionInfo } from '@console/shared';
import { apiRequest } from './api-client.js';
import { ApiError } from './api-error.js';
import { keepLogsFor, logOwner } from './log-memory.js';

// Reading the session without React Query: the signed-out login page (app/sign-in-entry.tsx)
// checks it before the console's data layer is loaded; session-query.ts caches it for the console.

/** The session's schema, loaded with zod when a session arrives (never on the signed-out login page). */
export const sessionInfoSchema = () =>
  import('./session-info-schema.js').then((m) => m.SessionInfoSchema);

/** The current session, or null when the browser has none (GET /api/session answers 401). */
export async function fetchSession(): Promise<SessionInfo | null> {
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
