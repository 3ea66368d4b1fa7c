import os from 'node:os';
import type { MetricSeriesKey, SystemMetrics } from '../../store/types.js';
import { ProcScanner } from './proc-scanner.js';
import { memTotalBytes, type GroupUsage } from './proc-stats.js';

interface Tracked {
  metrics: SystemMetrics;
  pgids: number[];
  prev: { at: number; total: GroupUsage } | null;
}

export interface SamplerOptions {
  intervalMs: number;
  maxSamples: number;
  onSample: () => void;
  /** The one /proc scan per tick, shared with the other runner's sampler. */
  scanner?: ProcScanner;
}

const ZERO: GroupUsage = { cpuSeconds: 0, rssBytes: 0, readBytes: 0, writeBytes: 0 };

const fmt = (n: number) => (Number.isFinite(n) ? Math.max(0, n) : 0).toFixed(2);

/**
 * Every interval, samples CPU % and memory % (plus disk rates) of each tracked job's process
 * groups from /proc and appends them to its `system_metric_list` series (capped in length).
 * Ticks fall on multiples of the interval (wall clock), so the v1 and the v2 sampler tick
 * together and share one scan (ProcScanner); tracking a job scans nothing.
 */
export class MetricsSampler {
  private readonly tracked = new Map<number, Tracked>();
  private timer: NodeJS.Timeout | null = null;
  private sampling = false;
  private readonly scanner: ProcScanner;
  private readonly cpus = Math.max(1, os.availableParallelism());
  private readonly memTotal = memTotalBytes() || os.totalmem();

  constructor(private readonly opts: SamplerOptions) {
    this.scanner = opts.scanner ?? new ProcScanner();
  }

  /**
   * Follows a freshly started job: its baseline is zero (a process that has just started has
   * used nothing yet), so the first interval already yields a sample.
   */
  track(versionId: number, metrics: SystemMetrics, pgids: number[]): void {
    this.untrack(versionId);
    this.tracked.set(versionId, { metrics, pgids, prev: { at: Date.now(), total: { ...ZERO } } });
    this.scanner.watch(pgids);
    this.schedule();
  }

  untrack(versionId: number): void {
    const t = this.tracked.get(versionId);
    if (!t) return;
    this.tracked.delete(versionId);
    this.scanner.unwatch(t.pgids);
    if (this.tracked.size === 0 && this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }

  private schedule(): void {
    if (this.timer) return;
    const every = this.opts.intervalMs;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        void this.sample().finally(() => {
          if (this.tracked.size > 0) this.schedule();
        });
      },
      every - (Date.now() % every),
    );
    this.timer.unref();
  }

  /** One sampling round (public so tests can drive it); a round still reading /proc is not doubled. */
  async sample(): Promise<void> {
    if (this.sampling) return;
    this.sampling = true;
    try {
      const { at, usage } = await this.scanner.scan();
      this.record(at, usage);
    } finally {
      this.sampling = false;
    }
  }

  private record(now: number, usage: Map<number, GroupUsage>): void {
    for (const t of this.tracked.values()) {
      const total = this.totals(t, usage);
      const prev = t.prev;
      if (prev && now <= prev.at) continue; // a scan from before this job was tracked
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
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const t of this.tracked.values()) this.scanner.unwatch(t.pgids);
    this.tracked.clear();
  }
}
