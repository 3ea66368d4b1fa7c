import { msg } from '../../lib/i18n/msg.js';

/** How a measure's values read: a share of a resource, or a transfer rate. */
export type MetricUnit = 'percent' | 'bytesPerSecond';

export interface MeasureDef {
  /** The key in v1 `system_metric_list` and v2 task metrics (catalog §3.3, §4.10). */
  key: string;
  title: string;
  unit: MetricUnit;
  /** Shown even without a sample; the others only when the upstream reports a value above 0. */
  always?: boolean;
}

/**
 * Every measure either API reports, in display order. GPU and NPU charts appear only for a job
 * that reports them: v2 sends -1 where there is no data, v1 (and the emulator) send "0" on a CPU
 * job, so an all-zero GPU series is taken as "no GPU" (an idle GPU that stays at 0 is hidden too).
 */
export const MEASURES: readonly MeasureDef[] = [
  { key: 'cpuUsage', title: msg('CPU usage'), unit: 'percent', always: true },
  { key: 'memUsage', title: msg('Memory usage'), unit: 'percent', always: true },
  { key: 'gpuUtil', title: msg('GPU usage'), unit: 'percent' },
  { key: 'gpuMemUsage', title: msg('GPU memory'), unit: 'percent' },
  { key: 'npuUtil', title: msg('NPU usage'), unit: 'percent' },
  { key: 'npuMemUsage', title: msg('NPU memory'), unit: 'percent' },
  { key: 'diskReadRate', title: msg('Disk read'), unit: 'bytesPerSecond' },
  { key: 'diskWriteRate', title: msg('Disk write'), unit: 'bytesPerSecond' },
  { key: 'recvBytesRate', title: msg('Network in'), unit: 'bytesPerSecond' },
  { key: 'sendBytesRate', title: msg('Network out'), unit: 'bytesPerSecond' },
];

/** The unit as a short label for axes and captions. */
export function unitLabel(unit: MetricUnit): string {
  return unit === 'percent' ? '%' : 'B/s';
}

const RATE_STEPS = ['B/s', 'KB/s', 'MB/s', 'GB/s'] as const;

/** A value with its unit: "12.5 %", "3.2 MB/s" (rates in powers of 1024). */
export function formatMetric(value: number, unit: MetricUnit): string {
  if (unit === 'percent') return `${round(value)} %`;
  let v = value;
  let i = 0;
  while (Math.abs(v) >= 1024 && i < RATE_STEPS.length - 1) {
    v /= 1024;
    i += 1;
  }
  return `${round(v)} ${RATE_STEPS[i]}`;
}

/** A compact axis tick: "50", "1.5M" for rates. */
export function formatTick(value: number, unit: MetricUnit): string {
  if (unit === 'percent') return String(Number(value.toPrecision(3)));
  return formatMetric(value, unit).replace('/s', '').replace(' ', '');
}

function round(v: number): number {
  return Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 10) / 10;
}
