import type { QueryClient } from '@tanstack/react-query';
import { sessionKeys } from './api/session.js';
import { paths } from '../../config/paths.js';

/** What main.tsx's router offers: the current location and navigation. */
export interface LoginNavigator {
  state: { location: { pathname: string; search: string; hash: string } };
  navigate(to: string, opts: { state: { from: string } }): Promise<void> | void;
}

/**
 * A call answered 401 (the session expired, idled out, or was ended elsewhere). However many
 * queries fail at once, the outcome is one state: no session, and — if there was one — the login
 * page says once that it expired. Signing out deliberately clears the session first, so the calls
 * still in flight then do not claim an expiry.
 */
export function markSessionLost(queryClient: QueryClient): void {
  if (queryClient.getQueryData(sessionKeys.current())) {
    queryClient.setQueryData(sessionKeys.expired(), true);
  }
  queryClient.setQueryData(sessionKeys.current(), null);
}

/** Goes to /login once, remembering the whole current URL (path, query, hash) to come back to. */
export function sendToLogin(router: LoginNavigator): void {
  const { pathname, search, hash } = router.state.location;
  if (pathname === paths.login.path) return;
  void router.navigate(paths.login.href(), { state: { from: `${pathname}${search}${hash}` } });
}
