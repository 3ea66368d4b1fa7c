import {
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Skeleton,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.js';
import { EVENT_LEVELS, v2EventsQueryOptions, type EventLevel } from '../api/v2-events.js';

const LEVEL_COLORS: Record<string, string> = { Error: 'red', Warning: 'orange', Info: 'blue' };
const FILTERS = [
  { value: 'all', label: 'All' },
  ...EVENT_LEVELS.map((l) => ({ value: l, label: l })),
];

/** The job's events (§4.11) as a timeline, oldest first, with a level filter and paging. */
export function EventsTimeline({ jobId, live }: { jobId: string; live: boolean }) {
  const [level, setLevel] = useState<EventLevel | undefined>();
  const events = useInfiniteQuery(v2EventsQueryOptions(jobId, live, level));
  const list = events.data?.events ?? [];
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label="Events">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Events
        </Title>
        <SegmentedControl
          size="xs"
          aria-label="Event level"
          data={FILTERS}
          value={level ?? 'all'}
          onChange={(v) => setLevel(v === 'all' ? undefined : (v as EventLevel))}
        />
      </Group>
      {events.isPending && <Skeleton height={80} />}
      {events.isError && <ErrorAlert error={events.error} title="Could not load events" />}
      {events.data && list.length === 0 && (
        <Text size="sm" c="dimmed">
          {level ? `No ${level} events.` : 'No events yet.'}
        </Text>
      )}
      {list.length > 0 && (
        <Timeline bulletSize={14} lineWidth={2} active={list.length - 1}>
          {list.map((e, i) => (
            <Timeline.Item
              key={`${e.time}-${i}`}
              color={LEVEL_COLORS[e.level] ?? 'gray'}
              title={
                <Text size="sm" fw={500}>
                  {e.message}
                </Text>
              }
            >
              <Text size="xs" c="dimmed">
                {dayjs(e.time).isValid() ? dayjs(e.time).format('YYYY-MM-DD HH:mm:ss') : e.time}{' '}
                <Badge size="xs" variant="light" color={LEVEL_COLORS[e.level] ?? 'gray'}>
                  {e.level}
                </Badge>{' '}
                {e.source && (
                  <Badge size="xs" variant="outline" color="gray">
                    {e.source}
                  </Badge>
                )}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {events.hasNextPage && (
        <Group justify="center" mt="sm">
          <Button
            variant="light"
            size="xs"
            loading={events.isFetchingNextPage}
            onClick={() => void events.fetchNextPage()}
          >
            Show more ({list.length} of {events.data?.total ?? 0})
          </Button>
        </Group>
      )}
    </Card>
  );
}
