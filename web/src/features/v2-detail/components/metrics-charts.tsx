import { Card, Group, SegmentedControl, Skeleton, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ErrorAlert } from '../../../components/error-alert.js';
import { v2MetricsQueryOptions } from '../api/v2-job.js';
import { metricSeries } from '../task-states.js';

const COLORS = ['#228be6', '#fa5252', '#40c057', '#fab005', '#7950f2', '#15aabf'];
const LABELS: Record<string, string> = {
  cpuUsage: 'CPU %',
  memUsage: 'Memory %',
  gpuUtil: 'GPU %',
  gpuMemUsage: 'GPU memory %',
  npuUtil: 'NPU %',
  npuMemUsage: 'NPU memory %',
};

function TaskChart({ jobId, task, live }: { jobId: string; task: string; live: boolean }) {
  const metrics = useQuery(v2MetricsQueryOptions(jobId, task, live));
  if (metrics.isPending) return <Skeleton height={220} />;
  if (metrics.isError) return <ErrorAlert error={metrics.error} title="Could not load metrics" />;
  const { points, names } = metricSeries(metrics.data.metrics);
  if (names.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No samples yet (one per interval while the task runs).
      </Text>
    );
  return (
    <div style={{ width: '100%', height: 240 }} data-testid={`metrics-${task}`}>
      <ResponsiveContainer>
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="sample"
            label={{ value: 'sample', position: 'insideBottomRight', offset: -4 }}
          />
          <YAxis />
          <Tooltip />
          <Legend />
          {names.map((name, i) => (
            <Line
              key={name}
              type="monotone"
              dataKey={name}
              name={LABELS[name] ?? name}
              stroke={COLORS[i % COLORS.length]}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Per-task running metrics (§4.10) as line charts. */
export function MetricsCharts({
  jobId,
  tasks,
  live,
}: {
  jobId: string;
  tasks: readonly string[];
  live: boolean;
}) {
  const [chosen, setChosen] = useState<string | null>(null);
  const task = chosen && tasks.includes(chosen) ? chosen : tasks[0];
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label="Metrics">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Metrics
        </Title>
        {tasks.length > 1 && (
          <SegmentedControl
            aria-label="Metrics of task"
            size="xs"
            data={[...tasks]}
            value={task ?? ''}
            onChange={setChosen}
          />
        )}
      </Group>
      {task ? (
        <TaskChart key={task} jobId={jobId} task={task} live={live} />
      ) : (
        <Text size="sm" c="dimmed">
          No tasks yet.
        </Text>
      )}
    </Card>
  );
}
