import { Alert, Code, Text } from '@mantine/core';
import { ApiError, describeError } from '../lib/api-error.js';
import { useTranslation } from '../lib/i18n/use-translation.js';

/** Inline error for a failed query: the upstream or BFF code next to its message. */
export function ErrorAlert({
  error,
  title,
  color = 'red',
}: {
  error: unknown;
  title?: string;
  /** yellow: part of the screen still works (a notice, not a failure). */
  color?: 'red' | 'yellow';
}) {
  const { t } = useTranslation();
  const { code, message } = describeError(error);
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <Alert color={color} title={title ?? t('Request failed')} role="alert" variant="light">
      <Text size="sm">
        <Code>{code}</Code> {message}
      </Text>
      {requestId && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('Request id {{id}}', { id: requestId })}
        </Text>
      )}
    </Alert>
  );
}
