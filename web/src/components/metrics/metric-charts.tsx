import { Card, Group, SimpleGrid, Skeleton, Text, Title } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import type { MetricChartData } from './metric-series.js';
import { useTranslation } from '../../lib/i18n/use-translation.js';

// The chart library is most of a job page's code: it loads after the page (and its logs) drew.
const MetricChart = lazy(() =>
  import('./metric-chart.js').then((m) => ({ default: m.MetricChart })),
);

/**
 * The resource-usage card of a job page (v1, v2, search trials): one chart per measure with its
 * unit, one line per worker, on a wall-clock axis. `note` sits under the title (e.g. how often
 * samples come); `extra` beside it.
 */
export function MetricCharts({
  charts,
  title,
  note,
  extra,
  empty,
}: {
  charts: readonly MetricChartData[];
  title?: string;
  note?: ReactNode;
  extra?: ReactNode;
  /** Shown instead of the charts when no measure has a sample. */
  empty?: ReactNode;
}) {
  const { t } = useTranslation();
  const heading = title ?? t('Resource usage');
  const hasSamples = charts.some((c) => c.points.length > 0);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={heading}>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <div>
          <Title order={2} size="h4">
            {heading}
          </Title>
          {note && (
            <Text size="xs" c="dimmed">
              {note}
            </Text>
          )}
        </div>
        {extra}
      </Group>
      {hasSamples ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {charts.map((chart) => (
            <Suspense key={chart.key} fallback={<Skeleton height={224} aria-hidden />}>
              <MetricChart chart={chart} />
            </Suspense>
          ))}
        </SimpleGrid>
      ) : (
        <Text size="sm" c="dimmed">
          {empty ?? t('No samples yet.')}
        </Text>
      )}
    </Card>
  );
}
