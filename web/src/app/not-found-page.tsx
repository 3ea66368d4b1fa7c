import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../config/paths.js';

export function NotFoundPage() {
  return (
    <Stack>
      <Title order={1} size="h2">
        Page not found
      </Title>
      <Text>
        <Anchor component={Link} to={paths.jobs.href()}>
          Go to training jobs
        </Anchor>
      </Text>
    </Stack>
  );
}
