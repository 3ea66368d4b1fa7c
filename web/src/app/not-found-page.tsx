import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack>
      <Title order={1} size="h2">
        Page not found
      </Title>
      <Text>
        <Anchor component={Link} to="/jobs">
          Go to training jobs
        </Anchor>
      </Text>
    </Stack>
  );
}
