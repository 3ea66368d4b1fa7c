/**
 * An open-loop prober: one GET every 1/rate seconds, whether or not the previous one has answered,
 * so a stall of the server delays every request that falls into it (a closed loop would send one
 * request per stall and hide it in the percentiles). Latency: from the scheduled send to the body.
 */
export interface LatencySummary {
  requests: number;
  errors: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
}

export class Prober {
  readonly latencies: number[] = [];
  errors = 0;
  private timer: NodeJS.Timeout | null = null;
  private inFlight = new Set<Promise<void>>();
  private t0 = 0;
  private sent = 0;

  constructor(
    private readonly base: string,
    private readonly path: string,
    private readonly headers: Record<string, string>,
    private readonly rate: number,
  ) {}

  start(): void {
    this.t0 = performance.now();
    this.tick();
  }

  private tick(): void {
    const period = 1000 / this.rate;
    const now = performance.now();
    // every request whose time has come (a late timer sends the ones it owes, each timed from
    // its own scheduled moment)
    while (this.t0 + this.sent * period <= now) {
      const scheduled = this.t0 + this.sent * period;
      this.sent++;
      const p = this.one(scheduled);
      this.inFlight.add(p);
      void p.finally(() => this.inFlight.delete(p));
    }
    const next = this.t0 + this.sent * period - performance.now();
    this.timer = setTimeout(() => this.tick(), Math.max(0, next));
  }

  private async one(scheduled: number): Promise<void> {
    try {
      const res = await fetch(`${this.base}${this.path}`, { headers: this.headers });
      await res.arrayBuffer();
      if (!res.ok) this.errors++;
    } catch {
      this.errors++;
    }
    this.latencies.push(performance.now() - scheduled);
  }

  /** Stops sending and waits for the answers still due. */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await Promise.all(this.inFlight);
  }

  /** Runs (starting it when it was not) for `ms` more milliseconds, then stops. */
  async runFor(ms: number): Promise<void> {
    if (!this.timer) this.start();
    await new Promise((r) => setTimeout(r, ms));
    await this.stop();
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

export function summarize(latencies: number[], errors = 0): LatencySummary {
  const s = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  return {
    requests: s.length,
    errors,
    p50_ms: round(at(0.5)),
    p99_ms: round(at(0.99)),
    max_ms: round(s.at(-1) ?? NaN),
  };
}
