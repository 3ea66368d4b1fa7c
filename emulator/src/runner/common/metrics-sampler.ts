import os from 'node:os';
import type { MetricSeriesKey, SystemMetrics } from '../../store/types.js';
import { memTotalBytes, readGroupUsage, type GroupUsage } from './proc-stats.js';

interface Tracked {
  metrics: SystemMetrics;
  pgids: number[];
  prev: { at: number; total: GroupUsage } | null;
}

export interface SamplerOptions {
  intervalMs: number;
  maxSamples: number;
  onSample: () => void;
}

const fmt = (n: number) => (Number.isFinite(n) ? Math.max(0, n) : 0).toFixed(2);

/**
 * Every interval, samples CPU % and memory % (plus disk rates) of each tracked job's process
 * groups from /proc and appends them to its `system_metric_list` series (capped in length).
 */
export class MetricsSampler {
  private readonly tracked = new Map<number, Tracked>();
  private timer: NodeJS.Timeout | null = null;
  private readonly cpus = Math.max(1, os.availableParallelism());
  private readonly memTotal = memTotalBytes() || os.totalmem();

  constructor(private readonly opts: SamplerOptions) {}

  track(versionId: number, metrics: SystemMetrics, pgids: number[]): void {
    const t: Tracked = { metrics, pgids, prev: null };
    // baseline now, so the first interval already yields a sample
    t.prev = { at: Date.now(), total: this.totals(t, readGroupUsage(new Set(pgids))) };
    this.tracked.set(versionId, t);
    if (!this.timer) {
      this.timer = setInterval(() => this.sample(), this.opts.intervalMs);
      this.timer.unref();
    }
  }

  untrack(versionId: number): void {
    this.tracked.delete(versionId);
    if (this.tracked.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  /** One sampling round (public so tests can drive it). */
  sample(now = Date.now()): void {
    const all = new Set([...this.tracked.values()].flatMap((t) => t.pgids));
    const usage = readGroupUsage(all);
    for (const t of this.tracked.values()) {
      const total = this.totals(t, usage);
      const prev = t.prev;
      t.prev = { at: now, total };
      if (!prev) continue;
      const seconds = Math.max(0.001, (now - prev.at) / 1000);
      const rate = (a: number, b: number) => Math.max(0, a - b) / seconds;
      this.push(t.metrics, {
        cpuUsage: fmt((rate(total.cpuSeconds, prev.total.cpuSeconds) / this.cpus) * 100),
        memUsage: fmt((total.rssBytes / this.memTotal) * 100),
        gpuUtil: fmt(0),
        gpuMemUsage: fmt(0),
        diskReadRate: fmt(rate(total.readBytes, prev.total.readBytes)),
        diskWriteRate: fmt(rate(total.writeBytes, prev.total.writeBytes)),
        recvBytesRate: fmt(0),
        sendBytesRate: fmt(0),
      });
    }
    if (this.tracked.size > 0) this.opts.onSample();
  }

  private totals(t: Tracked, usage: Map<number, GroupUsage>): GroupUsage {
    const total: GroupUsage = { cpuSeconds: 0, rssBytes: 0, readBytes: 0, writeBytes: 0 };
    for (const pgid of t.pgids) {
      const u = usage.get(pgid);
      if (!u) continue;
      total.cpuSeconds += u.cpuSeconds;
      total.rssBytes += u.rssBytes;
      total.readBytes += u.readBytes;
      total.writeBytes += u.writeBytes;
    }
    return total;
  }

  private push(metrics: SystemMetrics, values: Record<MetricSeriesKey, string>): void {
    for (const key of Object.keys(values) as MetricSeriesKey[]) {
      const series = metrics[key];
      series.push(values[key]);
      if (series.length > this.opts.maxSamples)
        series.splice(0, series.length - this.opts.maxSamples);
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.tracked.clear();
  }
}
