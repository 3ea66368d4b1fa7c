import { Table, Text } from '@mantine/core';
import type { TrainingJobV2 } from '@console/shared';
import { BucketBadge } from '../../../components/bucket-badge.js';
import { taskStates } from '../task-states.js';

/** The job's tasks (`worker-0` …) with their state. */
export function TasksTable({ job }: { job: TrainingJobV2 }) {
  const states = taskStates(job);
  if (states.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No tasks yet.
      </Text>
    );
  return (
    <Table verticalSpacing="xs" aria-label="Tasks">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Task</Table.Th>
          <Table.Th>State</Table.Th>
          <Table.Th>Exit code</Table.Th>
          <Table.Th>Message</Table.Th>
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
              <Text size="sm" c="dimmed">
                {s.message || '—'}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
