import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/** Warn this long before the IAM token (and so the console session) runs out. */
export const EXPIRY_WARNING_MS = 15 * 60_000;
const TICK_MS = 30_000;

export function minutesLeft(expiresAt: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - now) / 60_000));
}

interface Props {
  expiresAt: string;
  onLogInAgain: () => void;
}

/**
 * The session ends with its IAM token (24 h). A quarter of an hour before, the user is told, so that
 * nobody loses a half-filled create form to a sudden redirect to the login page.
 */
export function SessionExpiryNotice({ expiresAt, onLogInAgain }: Props) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(id);
  }, []);

  const remaining = Date.parse(expiresAt) - now;
  if (Number.isNaN(remaining) || remaining > EXPIRY_WARNING_MS) return null;
  const minutes = minutesLeft(expiresAt, now);
  return (
    <Alert color="yellow" variant="light" radius={0} py={6} title={null}>
      <Group justify="space-between" gap="sm">
        <Text size="sm">
          {minutes > 0
            ? t(
                'Your session ends in {{count}} minutes (IAM tokens last 24 hours). Save your work, then log in again.',
                { count: minutes },
              )
            : t('Your session has ended. Log in again to go on.')}
        </Text>
        <Button size="xs" variant="white" color="yellow" onClick={onLogInAgain}>
          {t('Log in again')}
        </Button>
      </Group>
    </Alert>
  );
}
