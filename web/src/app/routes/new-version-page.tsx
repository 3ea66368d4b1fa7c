import { Anchor, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.js';
import { notifyError } from '../../lib/notify-error.js';
import {
  enginesQueryOptions,
  resourceSpecsQueryOptions,
} from '../../features/v1-job-form/api/catalog.js';
import { CreateJobForm } from '../../features/v1-job-form/components/create-job-form.js';
import { fromJobConfig, withSpecPair } from '../../features/v1-job-form/from-job-config.js';
import type { CreateJobFormValues } from '../../features/v1-job-form/form-values.js';
import { jobDetailQueryOptions } from '../../features/v1-detail/api/job-detail.js';
import { useCreateVersion } from '../../features/v1-detail/api/versions.js';
import {
  toCreateVersionRequest,
  versionBodyCheck,
} from '../../features/v1-job-form/to-create-version-request.js';
import { paths } from '../../config/paths.js';
import { useTranslation } from '../../lib/i18n/use-translation.js';

/** "New version": the create form pre-filled from a chosen version; POSTs with its pre_version_id. */
export function NewVersionPage() {
  const { t } = useTranslation();
  const params = useParams();
  const jobId = Number(params.jobId);
  const fromId = Number(params.versionId);
  const navigate = useNavigate();
  const source = useQuery(jobDetailQueryOptions(jobId, fromId));
  const specs = useQuery(resourceSpecsQueryOptions());
  const engines = useQuery(enginesQueryOptions());
  const create = useCreateVersion(jobId);
  const check = useMemo(() => versionBodyCheck(fromId), [fromId]);
  const preview = useMemo(
    () => ({
      endpoint: `POST /v1/{project_id}/training-jobs/${jobId}/versions`,
      toBody: (v: CreateJobFormValues) => toCreateVersionRequest(v, fromId),
    }),
    [jobId, fromId],
  );

  const submit = async (values: CreateJobFormValues) => {
    try {
      const created = await create.mutateAsync(toCreateVersionRequest(values, fromId));
      notifications.show({
        color: 'green',
        title: t('Version created'),
        message: created.version_name,
      });
      navigate(paths.v1Job.href(jobId, created.version_id));
    } catch (error) {
      notifyError(t('Could not create the version'), error, { autoClose: 10_000 });
      throw error;
    }
  };

  const failed = source.error ?? specs.error ?? engines.error;
  return (
    <Stack gap="md">
      <div>
        <Anchor component={Link} to={paths.v1Job.href(jobId, fromId, 'versions')} size="sm">
          ← {source.data?.job_name ?? t('Job')} {source.data?.version_name ?? ''}
        </Anchor>
        <Title order={1} size="h2">
          {t('New version')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('Pre-filled from {{version}}; edit what should change.', {
            version: source.data?.version_name ?? t('the chosen version'),
          })}
        </Text>
      </div>
      {failed && <ErrorAlert error={failed} title={t('Could not load the version')} />}
      {!failed && (!source.data || !specs.data || !engines.data) && (
        <Skeleton height={480} radius="md" aria-label={t('Loading form')} />
      )}
      {source.data && specs.data && engines.data && (
        <CreateJobForm
          mode="version"
          specs={specs.data}
          engines={engines.data}
          defaultValues={withSpecPair(fromJobConfig(source.data), specs.data)}
          check={check}
          preview={preview}
          submitLabel={t('Create version')}
          onSubmit={submit}
        />
      )}
    </Stack>
  );
}
