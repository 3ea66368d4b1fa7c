import { Button, Text } from '@mantine/core';
import { SSO_SIGN_IN_URL } from '../api/session.js';

/** The team portal's sign-in: one button that goes to the company's sign-in service. */
export function SsoSignIn() {
  return (
    <>
      <Button component="a" href={SSO_SIGN_IN_URL} fullWidth mt="xs">
        Sign in with your company account
      </Button>
      <Text size="xs" c="dimmed" ta="center">
        You will come back here once your company has confirmed who you are.
      </Text>
    </>
  );
}
