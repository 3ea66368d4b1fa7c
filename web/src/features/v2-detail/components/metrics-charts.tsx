import { Skeleton } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { ErrorAlert } from '../../../components/error-alert.js';
import { MetricCharts } from '../../../components/metrics/metric-charts.js';
import { v2MetricsQueryOptions } from '../api/v2-job.js';
import { v2MetricCharts } from '../v2-metric-charts.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/**
 * The job's resource usage (§4.10): every task's metrics, one line per task in each measure's
 * chart, on the wall clock from the job's start and duration.
 */
export function MetricsCharts({
  jobId,
  tasks,
  live,
  startMs,
  durationMs,
}: {
  jobId: string;
  tasks: readonly string[];
  live: boolean;
  startMs: number | null | undefined;
  durationMs: number | null | undefined;
}) {
  const { t } = useTranslation();
  const results = useQueries({
    queries: tasks.map((task) => v2MetricsQueryOptions(jobId, task, live)),
  });
  const pending = results.some((r) => r.isPending);
  const failed = results.find((r) => r.isError);
  const charts = v2MetricCharts({
    tasks: tasks.map((task, i) => ({ task, metrics: results[i]?.data?.metrics ?? [] })),
    startMs,
    durationMs,
    now: Math.max(0, ...results.map((r) => r.dataUpdatedAt)),
  });
  if (pending && tasks.length > 0) return <Skeleton height={240} />;
  return (
    <MetricCharts
      charts={charts}
      note={tasks.length > 1 ? t('One line per task.') : undefined}
      extra={
        failed?.error ? (
          <ErrorAlert error={failed.error} title={t('Could not load metrics')} />
        ) : null
      }
      empty={
        tasks.length === 0
          ? t('No tasks yet.')
          : t('No samples yet: the first comes after the task has run for a while.')
      }
    />
  );
}
