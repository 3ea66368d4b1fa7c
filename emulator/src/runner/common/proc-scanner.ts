import { readGroupUsage, type GroupUsage } from './proc-stats.js';

export interface ProcScan {
  /** When the scan was taken (epoch ms). */
  at: number;
  usage: Map<number, GroupUsage>;
}

/**
 * One /proc scan for every job: the metrics samplers (v1 and v2, ticking at the same moments)
 * register the process groups they follow and ask for their usage; a scan serves every caller
 * within `maxAgeMs`, and callers that ask while one runs wait for it. The scan reads /proc
 * asynchronously, so it never holds the event loop.
 */
export class ProcScanner {
  private readonly watched = new Map<number, number>();
  private last: ProcScan | null = null;
  private running: Promise<ProcScan> | null = null;

  constructor(private readonly maxAgeMs = 250) {}

  watch(pgids: readonly number[]): void {
    for (const g of pgids) this.watched.set(g, (this.watched.get(g) ?? 0) + 1);
  }

  unwatch(pgids: readonly number[]): void {
    for (const g of pgids) {
      const n = (this.watched.get(g) ?? 0) - 1;
      if (n > 0) this.watched.set(g, n);
      else this.watched.delete(g);
    }
  }

  scan(): Promise<ProcScan> {
    if (this.last && Date.now() - this.last.at < this.maxAgeMs) return Promise.resolve(this.last);
    this.running ??= readGroupUsage(new Set(this.watched.keys()))
      .then((usage) => (this.last = { at: Date.now(), usage }))
      .finally(() => (this.running = null));
    return this.running;
  }
}
