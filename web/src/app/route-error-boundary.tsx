import { Alert, Button, Center, Code, Stack, Text } from '@mantine/core';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { paths } from '../config/paths.js';
import { useTranslation } from '../lib/i18n/use-translation.js';

/** Shown instead of a route whose rendering crashed, so the rest of the console keeps working. */
export function RouteErrorBoundary() {
  const { t } = useTranslation();
  const error = useRouteError();
  const title = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : t('Something went wrong');
  const detail = isRouteErrorResponse(error)
    ? String(error.data ?? '')
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <Center p="xl">
      <Stack maw={640} w="100%">
        <Alert color="red" title={title} role="alert">
          <Text size="sm">{t('This page could not be shown.')}</Text>
          {detail && (
            <Code block mt="xs">
              {detail}
            </Code>
          )}
        </Alert>
        <Button component={Link} to={paths.jobs.href()} variant="light" w="fit-content">
          {t('Back to training jobs')}
        </Button>
      </Stack>
    </Center>
  );
}
