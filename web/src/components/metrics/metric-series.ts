import { MEASURES, type MetricUnit } from './metric-measures.js';
import { sampleTime, type SampleClock } from './sample-times.js';

/** What one worker (v2 task, or the whole v1 version) reported: raw series per measure key. */
export interface MetricSource {
  name: string;
  /** By measure key; anything that is not an array (e.g. v1's `interval`) is no series. */
  series: Readonly<Record<string, unknown>>;
}

/** One chart row: the time, and each series' value there (`null`: no data, a gap). */
export interface ChartPoint {
  t: number;
  /** By source name (a Map: any worker name is safe, "t" or "__proto__" included). */
  values: Map<string, number | null>;
}

export interface MetricChartData {
  key: string;
  title: string;
  unit: MetricUnit;
  /** Source names with at least one sample of this measure, in the sources' order. */
  series: string[];
  points: ChartPoint[];
}

/** A sample as a number; -1 (v2's "no data"), text that is no number, or a negative value → null. */
export function sampleValue(raw: unknown): number | null {
  if (raw === null || raw === undefined || raw === '') return null;
  const n = typeof raw === 'number' ? raw : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/**
 * The charts to draw: one per measure (the order of MEASURES), one series per source, the points
 * merged by time (every source of a job shares its clock, so equal positions from the end meet).
 * CPU and memory always get a chart; another measure only when a source reports a value above 0.
 */
export function buildMetricCharts(
  sources: readonly MetricSource[],
  clock: SampleClock,
): MetricChartData[] {
  const charts: MetricChartData[] = [];
  for (const measure of MEASURES) {
    const byTime = new Map<number, ChartPoint>();
    const series: string[] = [];
    let positive = false;
    for (const source of sources) {
      const raw: unknown = source.series[measure.key];
      const values = Array.isArray(raw) ? raw.map(sampleValue) : [];
      if (!values.some((v) => v !== null)) continue;
      if (series.includes(source.name)) continue;
      series.push(source.name);
      positive ||= values.some((v) => v !== null && v > 0);
      values.forEach((value, i) => {
        const t = sampleTime(clock, i, values.length);
        const point = byTime.get(t) ?? { t, values: new Map<string, number | null>() };
        point.values.set(source.name, value);
        byTime.set(t, point);
      });
    }
    if (!measure.always && !positive) continue;
    const points = [...byTime.values()].sort((a, b) => a.t - b.t);
    for (const point of points)
      for (const name of series) if (!point.values.has(name)) point.values.set(name, null);
    charts.push({ key: measure.key, title: measure.title, unit: measure.unit, series, points });
  }
  return charts;
}

/** The newest value of each series (for the chart's text summary). */
export function latestValues(chart: MetricChartData): { name: string; value: number | null }[] {
  return chart.series.map((name) => {
    for (let i = chart.points.length - 1; i >= 0; i -= 1) {
      const v = chart.points[i]?.values.get(name);
      if (v !== null && v !== undefined) return { name, value: v };
    }
    return { name, value: null };
  });
}
