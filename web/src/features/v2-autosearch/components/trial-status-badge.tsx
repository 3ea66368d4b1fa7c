import { Badge, type MantineColor } from '@mantine/core';

const COLORS: Record<string, MantineColor> = {
  PENDING: 'gray',
  RUNNING: 'blue',
  TERMINATED: 'green',
  ERROR: 'red',
};

/** A trial's status (PENDING, RUNNING, TERMINATED, ERROR) as a coloured badge. */
export function TrialStatusBadge({ status }: { status: string }) {
  return (
    <Badge color={COLORS[status] ?? 'gray'} variant="light" data-status={status} tt="none">
      {status || 'UNKNOWN'}
    </Badge>
  );
}
