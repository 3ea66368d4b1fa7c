import { Alert, Center, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { SessionInfo } from '@console/shared';
import { useSignInOptions } from '../hooks/use-sign-in-options.js';
import { signInError } from '../sign-in-errors.js';
import { PasswordSignIn } from './password-sign-in.js';
import { SsoSignIn } from './sso-sign-in.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

export interface SignInScreenProps {
  /** Why a single sign-on ended without a session (`/login?error=…`), or null. */
  errorReason: string | null;
  /** The last session ended under the user: the page says so, once. */
  expired: boolean;
  /** The password form signed the user in. */
  onSignedIn: (session: SessionInfo) => void;
  /** The password form goes to the BFF: what comes after sign-in may start loading. */
  onSigningIn?: () => void;
}

/**
 * The sign-in page. The console signs people in one of two ways (GET /api/session/options): the
 * team portal with the company account (single sign-on), or the personal console with the user's
 * own IAM password (also when the options cannot be read: the password form then says what fails).
 *
 * It knows no router and no React Query: the signed-out page (app/sign-in-entry.tsx) shows it
 * without either, the console's /login route (login-page.tsx) with both (issue 14's 120 kB).
 */
export function SignInScreen({ errorReason, expired, onSignedIn, onSigningIn }: SignInScreenProps) {
  const { t } = useTranslation();
  const options = useSignInOptions();
  const sso = options.data?.auth_mode === 'oidc';
  const ssoError = signInError(errorReason);
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
          {options.pending ? (
            <Skeleton height={36} aria-label={t('Loading sign-in')} />
          ) : sso ? (
            <>
              {expiredNotice}
              <SsoSignIn />
            </>
          ) : (
            <PasswordSignIn
              notice={expiredNotice}
              onSignedIn={onSignedIn}
              onSigningIn={onSigningIn}
            />
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
