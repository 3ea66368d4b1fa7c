import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../../../components/page-loader.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useSession } from '../hooks/use-session.js';
import { paths } from '../../../config/paths.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/** Guards the console routes: no session → /login, remembering where the user wanted to go. */
export function RequireSession() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageLoader label={t('Loading session')} />;
  if (session.isError)
    return <ErrorAlert error={session.error} title={t('Could not check your session')} />;
  if (!session.data) {
    const from = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={paths.login.href()} replace state={{ from }} />;
  }
  return <Outlet />;
}
