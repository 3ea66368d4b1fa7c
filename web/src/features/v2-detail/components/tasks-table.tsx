import { Table, Text } from '@mantine/core';
import type { TrainingJobV2 } from '@console/shared';
import { BucketBadge } from '../../../components/bucket-badge.js';
import { taskStates } from '../task-states.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/** The job's tasks (`worker-0` …) with their state. */
export function TasksTable({ job }: { job: TrainingJobV2 }) {
  const { t } = useTranslation();
  const states = taskStates(job);
  if (states.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('No tasks yet.')}
      </Text>
    );
  return (
    <Table verticalSpacing="xs" aria-label={t('Tasks')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('Task')}</Table.Th>
          <Table.Th>{t('State')}</Table.Th>
          <Table.Th>{t('Exit code')}</Table.Th>
          <Table.Th>{t('Message')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {states.map((s) => (
          <Table.Tr key={s.task} data-testid={`task-${s.task}`}>
            <Table.Td ff="monospace">{s.task}</Table.Td>
            <Table.Td>
              <BucketBadge label={s.label} bucket={s.bucket} status={s.label} />
            </Table.Td>
            <Table.Td>{s.exitCode ?? '—'}</Table.Td>
            <Table.Td>
              {/* the upstream's message about the task, as sent */}
              <Text size="sm" c="dimmed" translate="no">
                {s.message || '—'}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
