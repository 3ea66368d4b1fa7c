import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { v1Endpoints, type TrainingJobVersion } from '@console/shared';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { formatDuration, formatTime } from '../../../components/format.js';
import { StatusBadge } from '../../../components/status-badge.js';
import { notifyError } from '../../../lib/notify-error.js';
import { usePermissions } from '../../../lib/use-permissions.js';
import { useDeleteVersion, versionsQueryOptions } from '../api/versions.js';
import { paths } from '../../../config/paths.js';
import { VersionCompare } from './version-compare.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

interface Props {
  jobId: number;
  /** The version shown by the page (highlighted; deleting it goes to the latest other one). */
  currentVersionId: number;
}

/** The versions of a job: open one, start a new version from one, delete one, compare some. */
export function VersionsPanel({ jobId, currentVersionId }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const versions = useQuery(versionsQueryOptions(jobId));
  const remove = useDeleteVersion(jobId);
  const perms = usePermissions();
  const [picked, setPicked] = useState<readonly number[]>([]);
  const [comparing, setComparing] = useState(false);

  if (versions.isPending) return <Skeleton height={120} aria-label={t('Loading versions')} />;
  if (versions.isError)
    return <ErrorAlert error={versions.error} title={t('Could not list versions')} />;
  const list = versions.data.versions;
  // oldest first, as versions grow
  const chosen = list
    .filter((v) => picked.includes(v.version_id))
    .sort((a, b) => a.version_id - b.version_id);
  const toggle = (id: number, on: boolean) => {
    setPicked((p) => (on ? [...p, id] : p.filter((x) => x !== id)));
    if (!on && chosen.length <= 2) setComparing(false);
  };

  const confirmDelete = (v: TrainingJobVersion) =>
    modals.openConfirmModal({
      title: t('Delete version {{version}}?', { version: v.version_name }),
      children: <Text size="sm">{t('The version, its logs and its metrics are removed.')}</Text>,
      labels: { confirm: t('Delete version'), cancel: t('Cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(v.version_id, {
          onSuccess: () => {
            notifications.show({
              color: 'green',
              title: t('Version deleted'),
              message: v.version_name,
            });
            if (v.version_id === currentVersionId) {
              const other = list.find((o) => o.version_id !== v.version_id);
              navigate(other ? paths.v1Job.href(jobId, other.version_id) : paths.jobs.href());
            }
          },
          onError: (e) => {
            notifyError(t('Could not delete'), e);
          },
        }),
    });

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('Tick two or more versions to see what differs between them.')}
        </Text>
        <Button
          size="xs"
          variant="light"
          disabled={chosen.length < 2}
          onClick={() => setComparing(true)}
        >
          {chosen.length >= 2
            ? t('Compare {{count}} versions', { count: chosen.length })
            : t('Compare versions')}
        </Button>
      </Group>
      <Table striped highlightOnHover aria-label={t('Versions')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <VisuallyHidden>{t('Compare')}</VisuallyHidden>
            </Table.Th>
            <Table.Th>{t('Version')}</Table.Th>
            <Table.Th>{t('Status')}</Table.Th>
            <Table.Th>{t('Created')}</Table.Th>
            <Table.Th>{t('Duration')}</Table.Th>
            <Table.Th>{t('From version')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((v) => (
            <Table.Tr
              key={v.version_id}
              aria-current={v.version_id === currentVersionId || undefined}
            >
              <Table.Td>
                <Checkbox
                  aria-label={t('Compare {{version}}', { version: v.version_name })}
                  checked={picked.includes(v.version_id)}
                  onChange={(e) => toggle(v.version_id, e.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={paths.v1Job.href(jobId, v.version_id)}
                  fw={v.version_id === currentVersionId ? 700 : 400}
                >
                  {v.version_name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={v.status} />
              </Table.Td>
              <Table.Td>{formatTime(v.create_time)}</Table.Td>
              <Table.Td>{formatDuration(v.duration)}</Table.Td>
              <Table.Td>
                {list.find((o) => o.version_id === v.pre_version_id)?.version_name ?? '—'}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  {perms.can(v1Endpoints.createVersion) && (
                    <Button
                      size="xs"
                      variant="light"
                      component={Link}
                      to={paths.v1NewVersion.href(jobId, v.version_id)}
                      aria-label={t('New version from {{version}}', { version: v.version_name })}
                    >
                      {t('New version')}
                    </Button>
                  )}
                  {perms.can(v1Endpoints.deleteVersion) && (
                    <Button
                      size="xs"
                      color="red"
                      variant="subtle"
                      onClick={() => confirmDelete(v)}
                      aria-label={t('Delete {{version}}', { version: v.version_name })}
                    >
                      {t('Delete')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {comparing && chosen.length >= 2 && <VersionCompare versions={chosen} />}
    </Stack>
  );
}
