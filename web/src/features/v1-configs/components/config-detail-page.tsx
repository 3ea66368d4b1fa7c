import { Anchor, Button, Card, Code, Group, Skeleton, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { v1Endpoints, type JobConfigDetails } from '@console/shared';
import { Link, useNavigate, useParams } from 'react-router';
import { DefinitionList } from '../../../components/definition-list.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { formatTime } from '../../../components/format.js';
import { configDetailsQueryOptions } from '../api/configs.js';
import { RoleNote } from '../../../components/role-note.js';
import { usePermissions } from '../../../lib/use-permissions.js';
import { DeleteConfigButton } from './delete-config-button.js';
import { paths } from '../../../config/paths.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { t } from '../../../lib/i18n/i18n.js';
import { msg } from '../../../lib/i18n/msg.js';

const code = (v: string | null | undefined) => (v ? <Code>{v}</Code> : '—');

function dataText(c: JobConfigDetails) {
  if (c.data_source?.length) {
    return c.data_source
      .map(
        (s) =>
          s.data_url ??
          t('dataset {{id}} @ {{version}}', {
            id: s.dataset_id ?? '',
            version: s.dataset_version ?? '',
          }),
      )
      .join(', ');
  }
  if (c.dataset_id)
    return t('dataset {{id}} @ {{version}}', {
      id: c.dataset_name ?? c.dataset_id,
      version: c.dataset_version_name ?? c.dataset_version_id ?? '',
    });
  return c.data_url ?? '—';
}

function ConfigDetails({ c }: { c: JobConfigDetails }) {
  const { t } = useTranslation();
  const spec =
    c.spec_code ??
    c.flavor?.code ??
    (c.spec_id ? t('spec {{id}}', { id: c.spec_id }) : (c.pool_id ?? '—'));
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-label={t('Configuration details')}
    >
      <DefinitionList
        cols={3}
        items={[
          { term: t('Description'), value: c.config_desc || '—' },
          { term: t('Created'), value: formatTime(c.create_time) },
          { term: t('Workers'), value: String(c.worker_server_num ?? '—') },
          {
            term: c.user_image_url
              ? t('Custom image')
              : c.model_id
                ? t('Built-in algorithm')
                : t('AI engine'),
            value: c.user_image_url
              ? code(c.user_image_url)
              : c.model_id
                ? String(c.model_id)
                : `${c.engine_name ?? ''} ${c.engine_version ?? ''}`.trim() || '—',
          },
          { term: t('Code directory'), value: code(c.app_url) },
          { term: t('Boot file'), value: code(c.boot_file_url) },
          ...(c.user_command ? [{ term: t('Boot command'), value: code(c.user_command) }] : []),
          { term: t('Data'), value: dataText(c) },
          { term: t('Resource specification'), value: spec },
          { term: t('Output path'), value: code(c.train_url) },
          { term: t('Log path'), value: code(c.log_url) },
          {
            term: t('Hyperparameters'),
            value: c.parameter?.length
              ? c.parameter.map((p) => `--${p.label}=${String(p.value)}`).join(' ')
              : '—',
          },
        ]}
      />
    </Card>
  );
}

/** One configuration: its fields, "Create job from this configuration", "Modify", "Delete". */
export function ConfigDetailPage() {
  const { t } = useTranslation();
  const name = useParams().configName ?? '';
  const navigate = useNavigate();
  const details = useQuery(configDetailsQueryOptions(name));
  const perms = usePermissions();
  return (
    <Stack gap="md">
      <div>
        <Anchor component={Link} to={paths.configs.href()} size="sm">
          ← {t('Configurations')}
        </Anchor>
        <Group justify="space-between" mt={4}>
          <Title order={1} size="h2">
            {name}
          </Title>
          <Group gap="xs">
            {perms.can(v1Endpoints.createJob) && (
              <Button component={Link} to={paths.createJob.href(name)}>
                {t('Create job from this configuration')}
              </Button>
            )}
            {perms.can(v1Endpoints.updateConfig) && (
              <Button variant="light" component={Link} to={paths.editConfig.href(name)}>
                {t('Modify')}
              </Button>
            )}
            {perms.can(v1Endpoints.deleteConfig) && (
              <DeleteConfigButton name={name} onDeleted={() => navigate(paths.configs.href())} />
            )}
          </Group>
        </Group>
        <Group justify="flex-end">
          <RoleNote
            role={perms.role}
            verbs={perms.missing([
              [v1Endpoints.createJob, msg('start jobs from')],
              [v1Endpoints.updateConfig, msg('modify')],
              [v1Endpoints.deleteConfig, msg('delete')],
            ])}
            what={msg('this configuration')}
          />
        </Group>
      </div>
      {details.isPending && <Skeleton height={220} aria-label={t('Loading configuration')} />}
      {details.isError && (
        <ErrorAlert error={details.error} title={t('Could not load the configuration')} />
      )}
      {details.data && <ConfigDetails c={details.data} />}
    </Stack>
  );
}
