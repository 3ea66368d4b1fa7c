import { Badge, Card, Skeleton, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { ErrorAlert } from '../../../components/error-alert.js';
import { v2EventsQueryOptions } from '../api/v2-job.js';

const LEVEL_COLORS: Record<string, string> = { Error: 'red', Warning: 'orange', Info: 'blue' };

/** The job's events (§4.11) as a timeline, oldest first; refreshes while the job runs. */
export function EventsTimeline({ jobId, live }: { jobId: string; live: boolean }) {
  const events = useQuery(v2EventsQueryOptions(jobId, live));
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label="Events">
      <Title order={2} size="h4" mb="sm">
        Events
      </Title>
      {events.isPending && <Skeleton height={80} />}
      {events.isError && <ErrorAlert error={events.error} title="Could not load events" />}
      {events.data && events.data.events.length === 0 && (
        <Text size="sm" c="dimmed">
          No events yet.
        </Text>
      )}
      {events.data && events.data.events.length > 0 && (
        <Timeline bulletSize={14} lineWidth={2} active={events.data.events.length - 1}>
          {events.data.events.map((e, i) => (
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
    </Card>
  );
}
