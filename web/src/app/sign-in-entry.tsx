import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import type { SessionInfo } from '@console/shared';
import type * as ConsoleAppModule from './console-app.js';
import { ConsoleMantine } from './console-mantine.js';
import { SignInScreen } from '../features/auth/components/sign-in-screen.js';
import { paths } from '../config/paths.js';
import { fetchSession } from '../lib/session-fetch.js';

/**
 * A page opened at /login: the sign-in screen with the design system only — no router, no React
 * Query, no page of the console (issue 14: the login page alone ≤ 120 kB, scripts/bundle-budget.ts).
 * The console (console-app.tsx) starts in the same root once the user has a session; a console
 * already running signs in again on its own /login route (features/auth/components/login-page.tsx).
 */

type ConsoleApp = typeof ConsoleAppModule;
let consoleLoad: Promise<ConsoleApp> | undefined;
const loadConsole = (): Promise<ConsoleApp> =>
  (consoleLoad ??= import('./console-app.js').catch((err: unknown) => {
    consoleLoad = undefined;
    throw err;
  }));

/** Where to go once signed in: the page the console was sent away from (a reload keeps it), else the jobs. */
function returnPath(): string {
  const state: unknown = window.history.state;
  const usr = (state as { usr?: { from?: unknown } } | null)?.usr;
  const from = usr?.from;
  // a path of this site only
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//')
    ? from
    : paths.jobs.href();
}

function enterConsole(root: Root, session: SessionInfo): void {
  const to = returnPath();
  window.history.replaceState(null, '', to);
  loadConsole().then(
    (app) => app.startConsole(root, session),
    // the console could not be downloaded: the browser loads it as a page (the session holds)
    () => window.location.assign(to),
  );
}

export function showSignIn(root: Root): void {
  const search = new URLSearchParams(window.location.search);
  root.render(
    <StrictMode>
      <ConsoleMantine>
        <SignInScreen
          errorReason={search.get('error')}
          expired={false}
          onSigningIn={() => void loadConsole().catch(() => undefined)}
          onSignedIn={(session) => enterConsole(root, session)}
        />
      </ConsoleMantine>
    </StrictMode>,
  );
  // a browser that is signed in already goes on to the console
  fetchSession().then(
    (session) => session && enterConsole(root, session),
    () => undefined, // the session cannot be checked: signing in says what fails
  );
}
