import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { SessionInfo } from '@console/shared';
import { paths } from '../../../config/paths.js';
import { useSession, useSessionExpired, useSignedIn } from '../hooks/use-session.js';
import { SignInScreen } from './sign-in-screen.js';

/**
 * The console's /login route, where a running console sends the user when the session ends (the
 * pages' data and the logs shown stay in memory: signing in again resumes them). A page opened at
 * /login shows the same screen without the router or React Query: app/sign-in-entry.tsx.
 */
export function LoginPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const [search] = useSearchParams();
  const session = useSession();
  const expired = useSessionExpired();
  const signedIn = useSignedIn();
  const from = (location.state as { from?: string } | null)?.from ?? paths.jobs.href();

  if (session.data) return <Navigate to={from} replace />;
  return (
    <SignInScreen
      errorReason={search.get('error')}
      expired={expired}
      onSignedIn={(s: SessionInfo) => {
        signedIn(s);
        void navigate(from, { replace: true });
      }}
    />
  );
}
