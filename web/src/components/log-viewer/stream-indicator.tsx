import { Badge, type MantineColor } from '@mantine/core';
import type { StreamState } from '../../lib/event-stream.js';
import { msg } from '../../lib/i18n/msg.js';
import { useTranslation } from '../../lib/i18n/use-translation.js';

const LABELS: Record<StreamState, { label: string; color: MantineColor }> = {
  connecting: { label: msg('Connecting'), color: 'gray' },
  live: { label: msg('Live'), color: 'green' },
  reconnecting: { label: msg('Reconnecting'), color: 'orange' },
  ended: { label: msg('Ended'), color: 'gray' },
  failed: { label: msg('Disconnected'), color: 'red' },
};

/** "Live" / "Reconnecting" / "Ended" … for the log stream. */
export function StreamIndicator({ state }: { state: StreamState }) {
  const { t } = useTranslation();
  const { color } = LABELS[state];
  const label = t(LABELS[state].label);
  return (
    <Badge
      color={color}
      variant="dot"
      tt="none"
      role="status"
      aria-label={t('Log stream: {{state}}', { state: label })}
    >
      {label}
    </Badge>
  );
}
