import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { msg } from '../../../lib/i18n/msg.js';

/** The statuses' names in English, shown translated (the badge keeps the API value as data-status). */
const LABELS: Record<string, string> = {
  PENDING: msg('PENDING'),
  RUNNING: msg('RUNNING'),
  TERMINATED: msg('TERMINATED'),
  ERROR: msg('ERROR'),
};

const COLORS: Record<string, MantineColor> = {
  PENDING: 'gray',
  RUNNING: 'blue',
  TERMINATED: 'green',
  ERROR: 'red',
};

/** A trial's status (PENDING, RUNNING, TERMINATED, ERROR) as a coloured badge. */
export function TrialStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const label = LABELS[status];
  return (
    <Badge color={COLORS[status] ?? 'gray'} variant="light" data-status={status} tt="none">
      {label ? t(label) : status || t('UNKNOWN')}
    </Badge>
  );
}
