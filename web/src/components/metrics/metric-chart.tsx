import { Text, useComputedColorScheme, VisuallyHidden } from '@mantine/core';
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
import { formatMetric, formatTick, unitLabel } from './metric-measures.js';
import { latestValues, type ChartPoint, type MetricChartData } from './metric-series.js';
import { seriesStyle } from './series-style.js';
import { t } from '../../lib/i18n/i18n.js';
import { useTranslation } from '../../lib/i18n/use-translation.js';

const HEIGHT = 200;

const clockTime = (t: number) =>
  new Date(t).toLocaleTimeString(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });

/** The chart in words, for screen readers: the measure and each series' newest value. */
export function chartSummary(chart: MetricChartData): string {
  const latest = latestValues(chart)
    .map(
      ({ name, value }) =>
        `${t(name)} ${value === null ? t('no data') : formatMetric(value, chart.unit)}`,
    )
    .join(', ');
  const over = t('{{measure}} over time, {{count}} samples', {
    measure: t(chart.title),
    count: chart.points.length,
  });
  return latest ? t('{{summary}}; latest: {{latest}}', { summary: over, latest }) : over;
}

/** One measure over wall-clock time, one line per worker (legend when there are several). */
export function MetricChart({ chart }: { chart: MetricChartData }) {
  const { t } = useTranslation();
  const scheme = useComputedColorScheme('light', { getInitialValueInEffect: false });
  const unit = unitLabel(chart.unit);
  const captionId = `metric-caption-${chart.key}`;
  return (
    <figure
      style={{ margin: 0 }}
      aria-labelledby={captionId}
      data-testid={`metric-chart-${chart.key}`}
    >
      <Text component="figcaption" id={captionId} size="sm" fw={600} mb={4}>
        {t(chart.title)} ({unit})
      </Text>
      {chart.points.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('No samples yet.')}
        </Text>
      ) : (
        <>
          <VisuallyHidden>{chartSummary(chart)}</VisuallyHidden>
          {/* recharts' accessibility layer: the chart takes focus, arrow keys move the tooltip */}
          <div>
            <ResponsiveContainer
              width="100%"
              height={HEIGHT}
              initialDimension={{ width: 480, height: HEIGHT }}
            >
              <LineChart
                accessibilityLayer
                data={chart.points}
                margin={{ top: 4, right: 12, bottom: 0, left: 0 }}
              >
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis
                  dataKey="t"
                  type="number"
                  scale="time"
                  domain={['dataMin', 'dataMax']}
                  tickFormatter={clockTime}
                  fontSize={11}
                  minTickGap={24}
                />
                <YAxis
                  fontSize={11}
                  width={44}
                  domain={[0, 'auto']}
                  tickFormatter={(v: number) => formatTick(v, chart.unit)}
                />
                <Tooltip
                  labelFormatter={(at) => clockTime(Number(at))}
                  formatter={(v) => (typeof v === 'number' ? formatMetric(v, chart.unit) : '—')}
                  contentStyle={{
                    background: 'var(--mantine-color-body)',
                    borderColor: 'var(--mantine-color-default-border)',
                    color: 'var(--mantine-color-text)',
                  }}
                />
                {chart.series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
                {chart.series.map((name, i) => {
                  const style = seriesStyle(i, scheme);
                  return (
                    <Line
                      key={name}
                      name={t(name)}
                      type="monotone"
                      dataKey={(p: ChartPoint) => p.values.get(name) ?? null}
                      stroke={style.stroke}
                      strokeDasharray={style.dash || undefined}
                      strokeWidth={2}
                      dot={chart.points.length === 1}
                      connectNulls={false}
                      isAnimationActive={false}
                    />
                  );
                })}
              </LineChart>
            </ResponsiveContainer>
          </div>
        </>
      )}
    </figure>
  );
}
