import {
  Anchor,
  Button,
  Group,
  Pagination,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { v1Endpoints } from '@console/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { RoleNote } from '../../../components/role-note.js';
import { usePermissions } from '../../../lib/use-permissions.js';
import { formatTime } from '../../../components/format.js';
import { configListQueryOptions } from '../api/configs.js';
import { DeleteConfigButton } from './delete-config-button.js';
import { paths } from '../../../config/paths.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { msg } from '../../../lib/i18n/msg.js';

const PER_PAGE = 10;

/** "Configurations": saved training-job parameter sets, paged on the server; page and search in the URL. */
export function ConfigsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const search = params.get('q') ?? '';
  const list = useQuery(configListQueryOptions({ page, per_page: PER_PAGE, search }));
  const total = list.data?.config_total_count ?? 0;
  const perms = usePermissions();

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <div>
          <Title order={1} size="h2">
            {t('Configurations')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('Saved training-job parameters: start a job from one, or modify it.')}
          </Text>
        </div>
        <Stack gap={4} align="flex-end">
          {perms.can(v1Endpoints.createConfig) && (
            <Button component={Link} to={paths.createConfig.href()}>
              {t('Create configuration')}
            </Button>
          )}
          <RoleNote
            role={perms.role}
            verbs={perms.missing([
              [v1Endpoints.createConfig, msg('save')],
              [v1Endpoints.deleteConfig, msg('delete')],
              [v1Endpoints.createJob, msg('start jobs from')],
            ])}
            what={msg('configurations')}
          />
        </Stack>
      </Group>
      <TextInput
        aria-label={t('Search configurations')}
        data-shortcut-search
        placeholder={t('Search by name')}
        defaultValue={search}
        onKeyDown={(e) => {
          if (e.key === 'Enter') setParam('q', e.currentTarget.value.trim());
        }}
        w={320}
      />
      {list.isError && <ErrorAlert error={list.error} title={t('Could not list configurations')} />}
      {list.isPending && <Skeleton height={200} aria-label={t('Loading configurations')} />}
      {list.data && (
        <Table striped highlightOnHover withTableBorder aria-label={t('Configurations')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('Name')}</Table.Th>
              <Table.Th>{t('Description')}</Table.Th>
              <Table.Th>{t('Code')}</Table.Th>
              <Table.Th>{t('Created')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('Actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.configs.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>
                  <Text size="sm" c="dimmed" ta="center" py="md">
                    {t('No configurations yet.')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {list.data.configs.map((c) => (
              <Table.Tr key={c.config_name}>
                <Table.Td>
                  <Anchor component={Link} to={paths.config.href(c.config_name)} translate="no">
                    {c.config_name}
                  </Anchor>
                </Table.Td>
                <Table.Td translate="no">{c.config_desc || '—'}</Table.Td>
                <Table.Td>
                  {c.user_image_url ??
                    (c.engine_name ? `${c.engine_name} ${c.engine_version ?? ''}` : '—')}
                </Table.Td>
                <Table.Td>{formatTime(c.create_time)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {perms.can(v1Endpoints.createJob) && (
                      <Button
                        size="xs"
                        variant="light"
                        component={Link}
                        to={paths.createJob.href(c.config_name)}
                        aria-label={t('Create job from {{name}}', { name: c.config_name })}
                      >
                        {t('Create job')}
                      </Button>
                    )}
                    {perms.can(v1Endpoints.deleteConfig) && (
                      <DeleteConfigButton name={c.config_name} compact />
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {total > PER_PAGE && (
        <Pagination
          total={Math.ceil(total / PER_PAGE)}
          value={page}
          onChange={(p) => setParam('page', String(p))}
          aria-label={t('Configuration pages')}
        />
      )}
    </Stack>
  );
}
