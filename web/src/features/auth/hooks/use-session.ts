import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest } from '@console/shared';
import {
  login,
  logout,
  sessionExpiredQueryOptions,
  sessionKeys,
  sessionQueryOptions,
} from '../api/session.js';

export function useSession() {
  return useQuery(sessionQueryOptions());
}

/** Whether the last session ended under the user (the login page then says so, once). */
export function useSessionExpired(): boolean {
  return useQuery(sessionExpiredQueryOptions()).data;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: LoginRequest) => login(request),
    onSuccess: (session) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKeys.all[0] });
      queryClient.setQueryData(sessionKeys.current(), session);
      queryClient.setQueryData(sessionKeys.expired(), false);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.setQueryData(sessionKeys.current(), null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKeys.all[0] });
    },
  });
}
