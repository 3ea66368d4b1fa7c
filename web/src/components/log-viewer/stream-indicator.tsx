import { Badge, type MantineColor } from '@mantine/core';
import type { StreamState } from '../../lib/event-stream.js';

const LABELS: Record<StreamState, { label: string; color: MantineColor }> = {
  connecting: { label: 'Connecting', color: 'gray' },
  live: { label: 'Live', color: 'green' },
  reconnecting: { label: 'Reconnecting', color: 'orange' },
  ended: { label: 'Ended', color: 'gray' },
  failed: { label: 'Disconnected', color: 'red' },
};

/** "Live" / "Reconnecting" / "Ended" … for the log stream. */
export function StreamIndicator({ state }: { state: StreamState }) {
  const { label, color } = LABELS[state];
  return (
    <Badge color={color} variant="dot" tt="none" role="status" aria-label={`Log stream: ${label}`}>
      {label}
    </Badge>
  );
}
