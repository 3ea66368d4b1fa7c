import { buildMetricCharts, type MetricChartData } from '../../components/metrics/metric-series.js';
import { sampleClock } from '../../components/metrics/sample-times.js';

/** The catalog's sampling of v2 task metrics (§4.10): one averaged value per minute. */
export const V2_METRIC_STEP_MS = 60_000;

export interface TaskMetricsInput {
  task: string;
  metrics: readonly { metric: string; value: readonly number[] }[];
}

/**
 * The charts of a v2 job: one source per task. The newest sample sits at start + duration (the
 * end of a finished job; the time of reading while it runs; `now` before the job has started).
 */
export function v2MetricCharts(input: {
  tasks: readonly TaskMetricsInput[];
  startMs: number | null | undefined;
  durationMs: number | null | undefined;
  now: number;
}): MetricChartData[] {
  const { startMs, durationMs } = input;
  const started = typeof startMs === 'number' && startMs > 0;
  const endMs = started ? startMs + Math.max(0, durationMs ?? 0) : input.now;
  const count = Math.max(0, ...input.tasks.flatMap((t) => t.metrics.map((m) => m.value.length)));
  const clock = sampleClock({ count, startMs, endMs, nominalStepMs: V2_METRIC_STEP_MS });
  return buildMetricCharts(
    input.tasks.map(({ task, metrics }) => ({
      name: task,
      series: Object.fromEntries(metrics.map((m) => [m.metric, m.value])),
    })),
    clock,
  );
}
