import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../config/paths.js';
import { useTranslation } from '../lib/i18n/use-translation.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('Page not found')}
      </Title>
      <Text>
        <Anchor component={Link} to={paths.jobs.href()}>
          {t('Go to training jobs')}
        </Anchor>
      </Text>
    </Stack>
  );
}
