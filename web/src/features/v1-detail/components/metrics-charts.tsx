import type { SystemMetricList } from '@console/shared';
import { useMemo } from 'react';
import { MetricCharts } from '../../../components/metrics/metric-charts.js';
import { buildMetricCharts } from '../../../components/metrics/metric-series.js';
import { sampleClock } from '../../../components/metrics/sample-times.js';
import { msg } from '../../../lib/i18n/msg.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/** What the chart needs of a v1 version (catalog §3.4): its metrics and when it ran. */
export interface V1MetricsVersion {
  system_metric_list?: SystemMetricList | null;
  start_time?: number | null;
  duration?: number | null;
}

/**
 * The version's resource usage from `system_metric_list` (catalog §3.3): the whole version as one
 * series (v1 reports no per-worker metrics). Samples are `interval` seconds apart, the newest at
 * start + duration (the end of a finished version, the time of reading while it runs).
 */
export function MetricsCharts({
  version,
  readAt,
}: {
  version: V1MetricsVersion;
  /** When the version was read (epoch ms): the newest sample's time if it reports no start. */
  readAt: number;
}) {
  const { t } = useTranslation();
  const metrics = version.system_metric_list;
  const charts = useMemo(() => {
    const count = metrics?.cpuUsage?.length ?? 0;
    const start = version.start_time ?? null;
    const endMs = start && start > 0 ? start + (version.duration ?? 0) : readAt;
    const interval = metrics?.interval && metrics.interval > 0 ? metrics.interval : 1;
    const clock = sampleClock({ count, startMs: start, endMs, nominalStepMs: interval * 1000 });
    return buildMetricCharts([{ name: msg('Job'), series: metrics ?? {} }], clock);
  }, [metrics, version.start_time, version.duration, readAt]);
  return (
    <MetricCharts
      charts={charts}
      empty={t('No samples yet: the first comes a few seconds after the job starts.')}
    />
  );
}
