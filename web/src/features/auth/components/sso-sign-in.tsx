import { Button, Text } from '@mantine/core';
import { SSO_SIGN_IN_URL } from '../api/sign-in.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/** The team portal's sign-in: one button that goes to the company's sign-in service. */
export function SsoSignIn() {
  const { t } = useTranslation();
  return (
    <>
      <Button component="a" href={SSO_SIGN_IN_URL} fullWidth mt="xs">
        {t('Sign in with your company account')}
      </Button>
      <Text size="xs" c="dimmed" ta="center">
        {t('You will come back here once your company has confirmed who you are.')}
      </Text>
    </>
  );
}
