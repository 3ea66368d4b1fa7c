import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest, SessionInfo } from '@console/shared';
import { useCallback } from 'react';
import { forgetLogs, keepLogsFor, logOwner } from '../../../lib/log-memory.js';
import { isPortalSession } from '../../../lib/session-query.js';
import {
  SSO_SIGN_OUT_URL,
  login,
  logout,
  sessionExpiredQueryOptions,
  sessionKeys,
  sessionQueryOptions,
  switchProject,
} from '../api/session.js';

export function useSession() {
  return useQuery(sessionQueryOptions());
}

/** Whether the last session ended under the user (the login page then says so, once). */
export function useSessionExpired(): boolean {
  return useQuery(sessionExpiredQueryOptions()).data;
}

/**
 * What a sign-in changes in the console's cache: the new session, no expiry notice, and nothing
 * read under the previous one. The same account signing in again keeps the logs the page showed
 * (they resume).
 */
export function useSignedIn(): (session: SessionInfo) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (session: SessionInfo) => {
      keepLogsFor(logOwner(session));
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKeys.all[0] });
      queryClient.setQueryData(sessionKeys.current(), session);
      queryClient.setQueryData(sessionKeys.expired(), false);
    },
    [queryClient],
  );
}

export function useLogin() {
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: (request: LoginRequest) => login(request),
    onSuccess: signedIn,
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      forgetLogs();
      queryClient.setQueryData(sessionKeys.current(), null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKeys.all[0] });
    },
  });
}

/**
 * Team portal: switches the session to another project. Everything read in the old project is
 * dropped (jobs, catalogs…: another project, another service account); the session becomes the
 * new project's, with its role and guardrails.
 */
export function useSwitchProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: switchProject,
    onSuccess: async (session) => {
      keepLogsFor(logOwner(session));
      await queryClient.cancelQueries({ predicate: (q) => q.queryKey[0] !== sessionKeys.all[0] });
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKeys.all[0] });
      queryClient.setQueryData(sessionKeys.current(), session);
    },
  });
}

/** Leaves the page for the single sign-on sign-out (it ends the session and the provider's). */
function leaveForSsoSignOut(): void {
  window.location.assign(SSO_SIGN_OUT_URL);
}

/**
 * Signing out: in the team portal the browser goes to the single sign-on sign-out (which ends the
 * provider's session too and lands on the sign-in page); otherwise the session is ended here and
 * `onSignedOut` runs.
 */
export function useSignOut(onSignedOut: () => void) {
  const session = useSession();
  const logoutMutation = useLogout();
  const portal = isPortalSession(session.data);
  return {
    signOut: () =>
      portal ? leaveForSsoSignOut() : logoutMutation.mutate(undefined, { onSettled: onSignedOut }),
    pending: logoutMutation.isPending,
  };
}
