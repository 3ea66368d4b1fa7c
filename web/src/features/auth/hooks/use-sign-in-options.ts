import { useEffect, useState } from 'react';
import type { SignInOptionsRead } from '@console/shared';
import { fetchSignInOptions } from '../api/sign-in.js';

export interface SignInOptionsState {
  pending: boolean;
  /** Undefined while pending, and when the options could not be read. */
  data?: SignInOptionsRead;
}

/**
 * How this console signs people in (GET /api/session/options), read once per showing of the login
 * page with plain React state: the signed-out page does without React Query (issue 14).
 */
export function useSignInOptions(): SignInOptionsState {
  const [state, setState] = useState<SignInOptionsState>({ pending: true });
  useEffect(() => {
    let live = true;
    fetchSignInOptions().then(
      (data) => live && setState({ pending: false, data }),
      // unreadable: the password form shows, and says what fails when it is used
      () => live && setState({ pending: false }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
