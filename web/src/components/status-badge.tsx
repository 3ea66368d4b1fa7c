import { Badge, type MantineColor } from '@mantine/core';
import { v1StatusInfo, type StatusBucket } from '@console/shared';
import { useTranslation } from '../lib/i18n/use-translation.js';
import { v1StatusWord } from './status-words.js';

const BUCKET_COLORS: Record<StatusBucket, MantineColor> = {
  pending: 'gray',
  running: 'blue',
  stopping: 'orange',
  succeeded: 'green',
  failed: 'red',
  stopped: 'yellow',
  unknown: 'gray',
};

/** A v1 status code as a coloured badge with its label ("Running", "Completed", "Failed" …). */
export function StatusBadge({ status, testId }: { status: number; testId?: string }) {
  useTranslation();
  const info = v1StatusInfo(status);
  return (
    <Badge
      color={BUCKET_COLORS[info.bucket]}
      variant="light"
      title={info.name}
      data-status={info.code}
      data-testid={testId}
      tt="none"
      size="lg"
      fw={600}
    >
      {v1StatusWord(status)}
    </Badge>
  );
}
