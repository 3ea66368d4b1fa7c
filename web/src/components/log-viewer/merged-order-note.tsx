import { Text } from '@mantine/core';
import type { MergedOrder } from '../../lib/merged-log-view.js';

/** Says how the merged lines of several workers are ordered (by time only when the lines say it). */
export function MergedOrderNote({ order }: { order: MergedOrder }) {
  return (
    <Text size="xs" c="dimmed" data-testid="merged-order">
      {order === 'time'
        ? 'in time order'
        : 'in arrival order (the lines carry no times to order them by)'}
    </Text>
  );
}
