import { Alert, Center, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../../config/paths.js';
import { signInOptionsQueryOptions } from '../api/session.js';
import { useSession, useSessionExpired } from '../hooks/use-session.js';
import { signInError } from '../sign-in-errors.js';
import { PasswordSignIn } from './password-sign-in.js';
import { SsoSignIn } from './sso-sign-in.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/**
 * The sign-in page. The console signs people in one of two ways (GET /api/session/options): the
 * team portal with the company account (single sign-on), or the personal console with the user's
 * own IAM password (also when the options cannot be read: the password form then says what fails).
 */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [search] = useSearchParams();
  const session = useSession();
  const expired = useSessionExpired();
  const options = useQuery(signInOptionsQueryOptions());
  const from = (location.state as { from?: string } | null)?.from ?? paths.jobs.href();
  const sso = options.data?.auth_mode === 'oidc';
  const ssoError = signInError(search.get('error'));

  if (session.data) return <Navigate to={from} replace />;
  const expiredNotice = expired && !ssoError && (
    <Alert color="yellow" title={t('Session expired')} role="status">
      {t('Your session has expired — sign in again')}
    </Alert>
  );

  return (
    <Center mih="100vh" bg="var(--console-page-bg)">
      <Paper withBorder shadow="sm" radius="md" p="xl" w={380}>
        <Stack gap="sm">
          <div>
            <Title order={1} size="h2">
              {sso ? t('Sign in') : t('Log in')}
            </Title>
            <Text c="dimmed" size="sm">
              {sso
                ? t('ModelArts Console — team portal')
                : t('ModelArts Console — sign in with your IAM user')}
            </Text>
          </div>
          {ssoError && (
            <Alert color="red" title={t(ssoError.title)} role="alert">
              {t(ssoError.message)}
            </Alert>
          )}
          {options.isPending ? (
            <Skeleton height={36} aria-label={t('Loading sign-in')} />
          ) : sso ? (
            <>
              {expiredNotice}
              <SsoSignIn />
            </>
          ) : (
            <PasswordSignIn
              notice={expiredNotice}
              onSignedIn={() => navigate(from, { replace: true })}
            />
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
