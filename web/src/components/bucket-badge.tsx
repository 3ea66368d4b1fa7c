import { Badge, type MantineColor } from '@mantine/core';
import type { StatusBucket } from '@console/shared';
import { useTranslation } from '../lib/i18n/use-translation.js';

export const BUCKET_COLORS: Record<StatusBucket, MantineColor> = {
  pending: 'gray',
  running: 'blue',
  stopping: 'orange',
  succeeded: 'green',
  failed: 'red',
  stopped: 'yellow',
  unknown: 'gray',
};

interface Props {
  /** The status word in English (`STATUS_WORDS`), shown in the console's language. */
  label: string;
  bucket: StatusBucket;
  /** The raw status (v1 code or v2 phase), kept as `data-status`. */
  status: string;
  /** Hover text, e.g. the v2 secondary phase. */
  title?: string;
  testId?: string;
}

/** A status of either API as a badge coloured by its bucket ("Running", "Completed", "Terminated" …). */
export function BucketBadge({ label, bucket, status, title, testId }: Props) {
  const { t } = useTranslation();
  const word = t(label);
  return (
    <Badge
      color={BUCKET_COLORS[bucket]}
      variant="light"
      title={title ?? word}
      data-status={status}
      data-testid={testId}
      tt="none"
      size="lg"
      fw={600}
      // a narrow table cell squeezes the badge, never its word ("F…" at 768 px otherwise)
      miw="max-content"
    >
      {word}
    </Badge>
  );
}
