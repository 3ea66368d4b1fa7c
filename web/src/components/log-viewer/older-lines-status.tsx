import { Group, Loader, Text } from '@mantine/core';
import { formatNumber } from '../../lib/i18n/format.js';
import { t } from '../../lib/i18n/i18n.js';

/**
 * Says that the first `count` lines of the log are not all in the browser but read from the
 * server as they come into view, and when some are being read.
 */
export function OlderLinesStatus({ count, loading }: { count: number; loading: boolean }) {
  return (
    <Group gap={6} mb={4} wrap="nowrap">
      <Text size="xs" c="dimmed" role="status">
        {loading
          ? t('Reading lines from the server…')
          : t('Lines 1–{{n}} are read from the server as you scroll to them', {
              n: formatNumber(count),
            })}
      </Text>
      {loading && <Loader size={12} aria-hidden />}
    </Group>
  );
}
