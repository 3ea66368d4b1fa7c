import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { formatClock } from '../../../lib/i18n/format.js';

interface Props {
  onRefresh: () => void;
  isFetching: boolean;
  /** When the shown rows were read (epoch ms, 0 = not yet). */
  updatedAt: number;
  /** Whether the list refreshes by itself now (its tab is visible). */
  autoRefresh: boolean;
}

/** A refresh button that shows its progress, and when the list was last read. */
export function RefreshControl({ onRefresh, isFetching, updatedAt, autoRefresh }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" align="center">
      {updatedAt > 0 && (
        <Text size="xs" c="dimmed" data-testid="list-updated">
          {t('Updated {{time}}', { time: formatClock(updatedAt) })}
          {autoRefresh ? t(' · refreshes every few seconds') : ''}
        </Text>
      )}
      <Button
        variant="default"
        size="xs"
        onClick={onRefresh}
        loading={isFetching}
        loaderProps={{ type: 'dots' }}
      >
        {t('Refresh')}
      </Button>
    </Group>
  );
}
