import { Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useJobs } from '../hooks/use-jobs.js';
import { JobsTable } from './jobs-table.js';

function TableSkeleton() {
  return (
    <Stack gap="xs" aria-label="Loading training jobs" aria-busy="true">
      {Array.from({ length: 5 }, (_, i) => (
        <Skeleton key={i} height={36} radius="sm" />
      ))}
    </Stack>
  );
}

function EmptyState() {
  return (
    <Stack align="center" py="xl" gap="xs">
      <Text fw={500}>No training jobs yet</Text>
      <Text size="sm" c="dimmed">
        Create one to train a model on ModelArts.
      </Text>
    </Stack>
  );
}

export function JobsPage() {
  const jobs = useJobs();
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <div>
          <Title order={1} size="h2">
            Training jobs
          </Title>
          {jobs.data && (
            <Text size="sm" c="dimmed">
              {jobs.data.job_total_count} job{jobs.data.job_total_count === 1 ? '' : 's'}
            </Text>
          )}
        </div>
        <Button component={Link} to="/jobs/create">
          Create training job
        </Button>
      </Group>
      {jobs.isError && <ErrorAlert error={jobs.error} title="Could not load training jobs" />}
      <Card withBorder padding="sm" radius="md">
        {jobs.isPending && <TableSkeleton />}
        {jobs.data && jobs.data.jobs.length === 0 && <EmptyState />}
        {jobs.data && jobs.data.jobs.length > 0 && <JobsTable jobs={jobs.data.jobs} />}
      </Card>
    </Stack>
  );
}
