import { Alert, Code, Text } from '@mantine/core';
import { ApiError, describeError } from '../lib/api-error.js';

/** Inline error for a failed query: the upstream or BFF code next to its message. */
export function ErrorAlert({
  error,
  title = 'Request failed',
}: {
  error: unknown;
  title?: string;
}) {
  const { code, message } = describeError(error);
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <Alert color="red" title={title} role="alert" variant="light">
      <Text size="sm">
        <Code>{code}</Code> {message}
      </Text>
      {requestId && (
        <Text size="xs" c="dimmed" mt={4}>
          Request id {requestId}
        </Text>
      )}
    </Alert>
  );
}
