import { Anchor, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DroppedItemsNotice } from '../../components/dropped-items-notice.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { RoleLimitsNote } from '../../components/role-limits-note.js';
import { useGuardrails } from '../../lib/guardrails.js';
import { notifyError } from '../../lib/notify-error.js';
import {
  enginesQueryOptions,
  resourceSpecsQueryOptions,
} from '../../features/v1-job-form/api/catalog.js';
import { useCreateTrainingJob } from '../../features/v1-job-form/api/create-job.js';
import { configDetailsQueryOptions } from '../../features/v1-configs/api/configs.js';
import {
  copyOfVersion,
  fromJobConfig,
  onlyOffered,
  withSpecPair,
} from '../../features/v1-job-form/from-job-config.js';
import { jobDetailQueryOptions } from '../../features/v1-detail/api/job-detail.js';
import {
  SEED_004_DEFAULTS,
  type CreateJobFormValues,
} from '../../features/v1-job-form/form-values.js';
import { toCreateJobRequest } from '../../features/v1-job-form/to-create-job-request.js';
import { CreateJobForm } from '../../features/v1-job-form/components/create-job-form.js';
import { paths } from '../../config/paths.js';
import { useTranslation } from '../../lib/i18n/use-translation.js';

export function CreateJobPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const specs = useQuery(resourceSpecsQueryOptions());
  const engines = useQuery(enginesQueryOptions());
  // the lists as read, before `select`: how many items the tolerant reader left out
  const queryClient = useQueryClient();
  const droppedSpecs = queryClient.getQueryData(
    resourceSpecsQueryOptions().queryKey,
  )?.dropped_items;
  const droppedEngines = queryClient.getQueryData(enginesQueryOptions().queryKey)?.dropped_items;
  const createJob = useCreateTrainingJob();
  const guardrails = useGuardrails();
  const [params] = useSearchParams();
  const configName = params.get('config') ?? '';
  const config = useQuery(configDetailsQueryOptions(configName));
  // "Copy" of a v1 job version: `?job=&version=`
  const copyJob = Number(params.get('job'));
  const copyVersion = Number(params.get('version'));
  const copying = !configName && copyJob > 0 && copyVersion > 0;
  const version = useQuery({
    ...jobDetailQueryOptions(copyJob, copyVersion),
    enabled: copying,
    refetchInterval: false,
  });
  const fromConfig = config.data
    ? { ...fromJobConfig(config.data), workspace_id: '0' }
    : copying && version.data
      ? { ...copyOfVersion(version.data), workspace_id: '0' }
      : undefined;
  const waitingForConfig =
    (configName !== '' && !config.data && !config.isError) ||
    (copying && !version.data && !version.isError);

  const submit = async (values: CreateJobFormValues) => {
    try {
      const created = await createJob.mutateAsync(toCreateJobRequest(values));
      notifications.show({
        color: 'green',
        title: t('Training job created'),
        message: created.job_name,
      });
      // create_version:false makes a job without a version: there is no detail page to open yet.
      navigate(
        created.version_id == null
          ? paths.jobs.href()
          : paths.v1Job.href(created.job_id, created.version_id),
      );
    } catch (error) {
      notifyError(t('Could not create the training job'), error, { autoClose: 10_000 });
      throw error;
    }
  };

  return (
    <Stack gap="md">
      <div>
        <Anchor component={Link} to={paths.jobs.href()} size="sm">
          ← {t('Training jobs')}
        </Anchor>
        <Title order={1} size="h2">
          {t('Create training job')}
        </Title>
        <Text size="sm" c="dimmed">
          {t(
            'Custom code, a built-in algorithm or a custom image, on public or dedicated resources.',
          )}
        </Text>
      </div>
      <RoleLimitsNote guardrails={guardrails} />
      {specs.isError && (
        <ErrorAlert error={specs.error} title={t('Could not load resource specifications')} />
      )}
      {engines.isError && (
        <ErrorAlert error={engines.error} title={t('Could not load AI engines')} />
      )}
      <DroppedItemsNotice
        lists={[
          { what: t('resource specifications'), dropped: droppedSpecs },
          { what: t('AI engines'), dropped: droppedEngines },
        ]}
      />
      {config.isError && (
        <ErrorAlert
          error={config.error}
          title={t('Could not load configuration {{name}}', { name: configName })}
        />
      )}
      {configName && config.data && (
        <Text size="sm">
          {t('Pre-filled from configuration')} <b>{configName}</b>.
        </Text>
      )}
      {copying && version.isError && (
        <ErrorAlert error={version.error} title={t('Could not load the job version to copy')} />
      )}
      {copying && version.data && (
        <Text size="sm">
          {t('Pre-filled from')}{' '}
          <Anchor component={Link} to={paths.v1Job.href(copyJob, copyVersion)}>
            {version.data.job_name} {version.data.version_name}
          </Anchor>
          {t('; edit what should change and create.')}
        </Text>
      )}
      {(specs.isPending || engines.isPending || waitingForConfig) && (
        <Skeleton height={480} radius="md" aria-label={t('Loading form')} />
      )}
      {specs.data && engines.data && !waitingForConfig && (
        <CreateJobForm
          key={configName || `${copyJob}/${copyVersion}`}
          specs={specs.data}
          engines={engines.data}
          defaultValues={withSpecPair(
            fromConfig ?? onlyOffered(SEED_004_DEFAULTS, specs.data, engines.data),
            specs.data,
          )}
          onSubmit={submit}
        />
      )}
    </Stack>
  );
}
