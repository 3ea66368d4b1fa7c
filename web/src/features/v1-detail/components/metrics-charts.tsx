import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import type { SystemMetricList } from '@console/shared';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface MetricPoint {
  t: number;
  value: number;
}

/** A `system_metric_list` series (strings like "3.10") as points `interval` seconds apart. */
export function toSeries(values: readonly string[] | undefined, interval = 1): MetricPoint[] {
  return (values ?? [])
    .map((v, i) => ({ t: i * interval, value: Number(v) }))
    .filter((p) => Number.isFinite(p.value));
}

function MetricChart({
  title,
  points,
  unit,
}: {
  title: string;
  points: MetricPoint[];
  unit: string;
}) {
  return (
    <div role="figure" aria-label={`${title} chart`}>
      <Text size="sm" fw={600} mb={4}>
        {title}
      </Text>
      {points.length === 0 ? (
        <Text size="xs" c="dimmed">
          No samples yet.
        </Text>
      ) : (
        <ResponsiveContainer width="100%" height={160}>
          <LineChart data={points} margin={{ top: 4, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="t" unit="s" fontSize={11} />
            <YAxis fontSize={11} unit={unit} />
            <Tooltip
              formatter={(v) => `${String(v)}${unit}`}
              labelFormatter={(t) => `${String(t)} s`}
            />
            <Line
              type="monotone"
              dataKey="value"
              dot={false}
              isAnimationActive={false}
              stroke="#4c6ef5"
            />
          </LineChart>
        </ResponsiveContainer>
      )}
    </div>
  );
}

/** CPU and memory usage of the version, from `system_metric_list` (catalog §3.3). */
export function MetricsCharts({ metrics }: { metrics: SystemMetricList | null | undefined }) {
  const interval = metrics?.interval ?? 1;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="metrics-title">
      <Title order={2} size="h5" mb="sm" id="metrics-title">
        Resource usage
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MetricChart title="CPU usage" unit="%" points={toSeries(metrics?.cpuUsage, interval)} />
        <MetricChart title="Memory usage" unit="%" points={toSeries(metrics?.memUsage, interval)} />
      </SimpleGrid>
    </Card>
  );
}
