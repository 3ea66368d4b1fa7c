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
import { formatNumber } from '../../../lib/i18n/format.js';
import { msg } from '../../../lib/i18n/msg.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

const LEVEL_COLORS: Record<string, string> = { Error: 'red', Warning: 'orange', Info: 'blue' };
/** The event levels as the user reads them (the API's values stay the filter's values). */
const LEVEL_WORDS: Record<EventLevel, string> = {
  Info: msg('Info'),
  Warning: msg('Warning'),
  Error: msg('Error'),
};
const levelWord = (level: string): string => LEVEL_WORDS[level as EventLevel] ?? level;

/** The job's events (§4.11) as a timeline, oldest first, with a level filter and paging. */
export function EventsTimeline({ jobId, live }: { jobId: string; live: boolean }) {
  const { t } = useTranslation();
  const [level, setLevel] = useState<EventLevel | undefined>();
  const events = useInfiniteQuery(v2EventsQueryOptions(jobId, live, level));
  const list = events.data?.events ?? [];
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={t('Events')}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('Events')}
        </Title>
        <SegmentedControl
          size="xs"
          aria-label={t('Event level')}
          data={[
            { value: 'all', label: t('All') },
            ...EVENT_LEVELS.map((l) => ({ value: l, label: t(LEVEL_WORDS[l]) })),
          ]}
          value={level ?? 'all'}
          onChange={(v) => setLevel(v === 'all' ? undefined : (v as EventLevel))}
        />
      </Group>
      {events.isPending && <Skeleton height={80} />}
      {events.isError && <ErrorAlert error={events.error} title={t('Could not load events')} />}
      {events.data && list.length === 0 && (
        <Text size="sm" c="dimmed">
          {level
            ? t('No {{level}} events.', { level: t(LEVEL_WORDS[level]) })
            : t('No events yet.')}
        </Text>
      )}
      {list.length > 0 && (
        <Timeline bulletSize={14} lineWidth={2} active={list.length - 1}>
          {list.map((e, i) => (
            <Timeline.Item
              key={`${e.time}-${i}`}
              color={LEVEL_COLORS[e.level] ?? 'gray'}
              title={
                // the upstream's message, as sent
                <Text size="sm" fw={500} translate="no">
                  {e.message}
                </Text>
              }
            >
              <Text size="xs" c="dimmed">
                {dayjs(e.time).isValid() ? dayjs(e.time).format('YYYY-MM-DD HH:mm:ss') : e.time}{' '}
                <Badge size="xs" variant="light" color={LEVEL_COLORS[e.level] ?? 'gray'}>
                  {t(levelWord(e.level))}
                </Badge>{' '}
                {e.source && (
                  <Badge size="xs" variant="outline" color="gray" translate="no">
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
            {t('Show more ({{shown}} of {{total}})', {
              shown: formatNumber(list.length),
              total: formatNumber(events.data?.total ?? 0),
            })}
          </Button>
        </Group>
      )}
    </Card>
  );
}
