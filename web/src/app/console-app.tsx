import { hydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import type { SessionInfo } from '@console/shared';
import { takePrerenderedState } from './prerendered.js';
import { Providers } from './providers.js';
import { createConsoleRouter } from './router.js';
import { sendToLogin } from '../features/auth/session-lost.js';
import { createQueryClient } from '../lib/query-client.js';
import { sessionKeys } from '../lib/session-query.js';
import { keepLogsFor, logOwner } from '../lib/log-memory.js';

/**
 * Starts the console (router, React Query, every page) in `root`, at the browser's current URL.
 * `session`: the user just signed in on the signed-out login page (sign-in-entry.tsx), so the
 * console does not ask for it again.
 */
export function startConsole(root: Root, session?: SessionInfo): void {
  const queryClient = createQueryClient();
  // a page drawn on the server: its data cache starts from what the page was drawn with
  const drawn = takePrerenderedState();
  if (drawn) hydrate(queryClient, drawn);
  session ??= queryClient.getQueryData<SessionInfo | null>(sessionKeys.current()) ?? undefined;
  if (session) {
    keepLogsFor(logOwner(session));
    queryClient.setQueryData(sessionKeys.current(), session);
  }
  const router = createConsoleRouter(queryClient);
  const goToLogin = () => sendToLogin(router);
  root.render(
    <StrictMode>
      <Providers queryClient={queryClient} onSessionLost={goToLogin}>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  );
}
