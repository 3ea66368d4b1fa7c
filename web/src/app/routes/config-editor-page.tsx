import { Anchor, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.js';
import { notifyError } from '../../lib/notify-error.js';
import {
  enginesQueryOptions,
  resourceSpecsQueryOptions,
} from '../../features/v1-job-form/api/catalog.js';
import { CreateJobForm } from '../../features/v1-job-form/components/create-job-form.js';
import { fromJobConfig, withSpecPair } from '../../features/v1-job-form/from-job-config.js';
import { BLANK_FORM, type CreateJobFormValues } from '../../features/v1-job-form/form-values.js';
import { jobDetailQueryOptions } from '../../features/v1-detail/api/job-detail.js';
import {
  configDetailsQueryOptions,
  useCreateConfig,
  useUpdateConfig,
} from '../../features/v1-configs/api/configs.js';
import {
  createConfigBodyCheck,
  toCreateConfigRequest,
  toUpdateConfigRequest,
  updateConfigBodyCheck,
} from '../../features/v1-job-form/to-config-request.js';
import { paths } from '../../config/paths.js';
import { useTranslation } from '../../lib/i18n/use-translation.js';

const CREATE_PREVIEW = {
  endpoint: 'POST /v1/{project_id}/training-job-configs',
  toBody: toCreateConfigRequest,
};
const UPDATE_PREVIEW = {
  endpoint: 'PUT /v1/{project_id}/training-job-configs/{config_name}',
  toBody: toUpdateConfigRequest,
};

/** Where the form starts: the configuration being modified, a job version ("Save as configuration"), or blank. */
function useStartValues(editName: string) {
  const [params] = useSearchParams();
  const jobId = Number(params.get('job'));
  const versionId = Number(params.get('version'));
  const fromJob = !editName && jobId > 0 && versionId > 0;
  const config = useQuery({ ...configDetailsQueryOptions(editName), enabled: editName !== '' });
  const version = useQuery({
    ...jobDetailQueryOptions(jobId, versionId),
    enabled: fromJob,
    refetchInterval: false,
  });
  if (editName) {
    return {
      error: config.error,
      values: config.data
        ? {
            ...fromJobConfig({ ...config.data, job_desc: config.data.config_desc }),
            job_name: editName,
          }
        : undefined,
    };
  }
  if (fromJob) {
    return {
      error: version.error,
      values: version.data ? { ...fromJobConfig(version.data), job_desc: '' } : undefined,
    };
  }
  return { error: null, values: BLANK_FORM };
}

/** Create a configuration (blank or from a job version) or modify one (name fixed: it is the path). */
export function ConfigEditorPage() {
  const { t } = useTranslation();
  const editName = useParams().configName ?? '';
  const navigate = useNavigate();
  const specs = useQuery(resourceSpecsQueryOptions());
  const engines = useQuery(enginesQueryOptions());
  const start = useStartValues(editName);
  const create = useCreateConfig();
  const update = useUpdateConfig(editName);

  const submit = async (values: CreateJobFormValues) => {
    try {
      if (editName) await update.mutateAsync(toUpdateConfigRequest(values));
      else await create.mutateAsync(toCreateConfigRequest(values));
      const name = editName || values.job_name.trim();
      notifications.show({
        color: 'green',
        title: editName ? t('Configuration saved') : t('Configuration created'),
        message: name,
      });
      navigate(paths.config.href(name));
    } catch (error) {
      notifyError(t('Could not save the configuration'), error, { autoClose: 10_000 });
      throw error;
    }
  };

  const failed = start.error ?? specs.error ?? engines.error;
  return (
    <Stack gap="md">
      <div>
        <Anchor
          component={Link}
          to={editName ? paths.config.href(editName) : paths.configs.href()}
          size="sm"
        >
          ← {editName || t('Configurations')}
        </Anchor>
        <Title order={1} size="h2">
          {editName
            ? t('Modify configuration {{name}}', { name: editName })
            : t('Create configuration')}
        </Title>
        <Text size="sm" c="dimmed">
          {t(
            'A saved set of training-job parameters (nothing runs until a job is created from it).',
          )}
        </Text>
      </div>
      {failed && <ErrorAlert error={failed} title={t('Could not load the form')} />}
      {!failed && (!start.values || !specs.data || !engines.data) && (
        <Skeleton height={480} radius="md" aria-label={t('Loading form')} />
      )}
      {start.values && specs.data && engines.data && (
        <CreateJobForm
          key={editName}
          mode="config"
          specs={specs.data}
          engines={engines.data}
          defaultValues={withSpecPair(start.values, specs.data)}
          check={editName ? updateConfigBodyCheck : createConfigBodyCheck}
          preview={editName ? UPDATE_PREVIEW : CREATE_PREVIEW}
          submitLabel={editName ? t('Save configuration') : t('Create configuration')}
          nameLocked={editName !== ''}
          onSubmit={submit}
        />
      )}
    </Stack>
  );
}
