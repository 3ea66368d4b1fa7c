import { Anchor, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { describeError } from '../../../lib/api-error.js';
import { jobDetailPath } from '../../jobs/components/jobs-table.js';
import { enginesQueryOptions, resourceSpecsQueryOptions } from '../api/catalog.js';
import { useCreateTrainingJob } from '../api/create-job.js';
import type { CreateJobFormValues } from '../form-values.js';
import { toCreateJobRequest } from '../to-create-job-request.js';
import { CreateJobForm } from './create-job-form.js';

export function CreateJobPage() {
  const navigate = useNavigate();
  const specs = useQuery(resourceSpecsQueryOptions());
  const engines = useQuery(enginesQueryOptions());
  const createJob = useCreateTrainingJob();

  const submit = async (values: CreateJobFormValues) => {
    try {
      const created = await createJob.mutateAsync(toCreateJobRequest(values));
      notifications.show({
        color: 'green',
        title: 'Training job created',
        message: created.job_name,
      });
      navigate(jobDetailPath(created.job_id, created.version_id));
    } catch (error) {
      const { code, message } = describeError(error);
      notifications.show({
        color: 'red',
        title: 'Could not create the training job',
        message: `${code}: ${message}`,
        autoClose: 10_000,
      });
      throw error;
    }
  };

  return (
    <Stack gap="md">
      <div>
        <Anchor component={Link} to="/jobs" size="sm">
          ← Training jobs
        </Anchor>
        <Title order={1} size="h2">
          Create training job
        </Title>
        <Text size="sm" c="dimmed">
          Runs a boot file from an OBS code directory with the chosen engine and resources.
        </Text>
      </div>
      {specs.isError && (
        <ErrorAlert error={specs.error} title="Could not load resource specifications" />
      )}
      {engines.isError && <ErrorAlert error={engines.error} title="Could not load AI engines" />}
      {(specs.isPending || engines.isPending) && (
        <Skeleton height={480} radius="md" aria-label="Loading form" />
      )}
      {specs.data && engines.data && (
        <CreateJobForm specs={specs.data} engines={engines.data} onSubmit={submit} />
      )}
    </Stack>
  );
}
