import { Button, Group, Text } from '@mantine/core';

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
  return (
    <Group gap="xs" align="center">
      {updatedAt > 0 && (
        <Text size="xs" c="dimmed" data-testid="list-updated">
          {`Updated ${new Date(updatedAt).toLocaleTimeString()}${autoRefresh ? ' · refreshes every few seconds' : ''}`}
        </Text>
      )}
      <Button
        variant="default"
        size="xs"
        onClick={onRefresh}
        loading={isFetching}
        loaderProps={{ type: 'dots' }}
      >
        Refresh
      </Button>
    </Group>
  );
}
