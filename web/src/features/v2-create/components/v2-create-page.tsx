import { Anchor, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { DroppedItemsNotice } from '../../../components/dropped-items-notice.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { RoleLimitsNote } from '../../../components/role-limits-note.js';
import { useGuardrails } from '../../../lib/guardrails.js';
import { notifyError } from '../../../lib/notify-error.js';
import {
  v2AlgorithmsQueryOptions,
  v2EnginesQueryOptions,
  v2FlavorsQueryOptions,
} from '../api/catalog.js';
import { useCreateV2TrainingJob } from '../api/create-job.js';
import type { V2JobFormValues } from '../form-values.js';
import { toCreateV2Request } from '../to-create-request.js';
import { V2CreateForm } from './v2-create-form.js';
import { paths } from '../../../config/paths.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

interface Props {
  /** Start values of the form ("Copy" of a job); blank when absent. */
  initialValues?: V2JobFormValues;
  /** Shown under the title: where the start values came from. */
  origin?: ReactNode;
}

export function V2CreatePage({ initialValues, origin }: Props = {}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flavors = useQuery(v2FlavorsQueryOptions());
  const engines = useQuery(v2EnginesQueryOptions());
  const algorithms = useQuery(v2AlgorithmsQueryOptions());
  // the lists as read, before `select`: how many items the tolerant reader left out
  const queryClient = useQueryClient();
  const droppedFlavors = queryClient.getQueryData(v2FlavorsQueryOptions().queryKey)?.dropped_items;
  const droppedEngines = queryClient.getQueryData(v2EnginesQueryOptions().queryKey)?.dropped_items;
  const createJob = useCreateV2TrainingJob();
  const guardrails = useGuardrails();

  const submit = async (values: V2JobFormValues) => {
    try {
      const job = await createJob.mutateAsync(toCreateV2Request(values));
      notifications.show({
        color: 'green',
        title: t('Training job created'),
        message: job.metadata.name,
      });
      navigate(paths.v2Job.href(job.metadata.id));
    } catch (error) {
      notifyError(t('Could not create the training job'), error, { autoClose: 10_000 });
      throw error;
    }
  };

  const ready = flavors.data && engines.data && !algorithms.isPending;
  return (
    <Stack gap="md">
      <div>
        <Anchor component={Link} to={paths.jobs.href()} size="sm">
          ← {t('Training jobs')}
        </Anchor>
        <Title order={1} size="h2">
          {t('Create v2 training job')}
        </Title>
        <Text size="sm" c="dimmed">
          {t(
            'ModelArts v2: an algorithm, a code directory or a custom image on one or more nodes.',
          )}
        </Text>
      </div>
      {origin}
      <RoleLimitsNote guardrails={guardrails} />
      {flavors.isError && <ErrorAlert error={flavors.error} title={t('Could not load flavors')} />}
      {engines.isError && (
        <ErrorAlert error={engines.error} title={t('Could not load AI engines')} />
      )}
      {algorithms.isError && (
        <ErrorAlert error={algorithms.error} title={t('Could not load your algorithms')} />
      )}
      <DroppedItemsNotice
        lists={[
          { what: t('flavors'), dropped: droppedFlavors },
          { what: t('AI engines'), dropped: droppedEngines },
        ]}
      />
      {!ready && !flavors.isError && !engines.isError && (
        <Skeleton height={480} radius="md" aria-label={t('Loading form')} />
      )}
      {ready && (
        <V2CreateForm
          flavors={flavors.data}
          engines={engines.data}
          algorithms={algorithms.data ?? []}
          defaultValues={initialValues}
          onSubmit={submit}
        />
      )}
    </Stack>
  );
}
