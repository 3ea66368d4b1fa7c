import type { LogSource } from './log-source.js';

interface Check {
  at: number;
  result: Promise<unknown>;
}

/**
 * The access check of a viewer who opens a live log (its own token reads the job's status):
 * viewers of one log with one token who connect together share one upstream read (single
 * flight), and a success is reused for `reuseMs` (a thousand tabs opened at once cost a handful of
 * reads, not a thousand). A failure is never reused: the next viewer asks again.
 */
export class AccessChecks {
  private readonly checks = new Map<string, Check>();

  constructor(
    private readonly reuseMs = 5000,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Resolves when `token` may read `source` (rejects with the upstream's refusal). */
  async check<S>(source: LogSource<S>, token: string): Promise<void> {
    const key = JSON.stringify([source.key, token]);
    const now = this.now();
    const known = this.checks.get(key);
    if (known && now - known.at < this.reuseMs) {
      await known.result;
      return;
    }
    this.sweep(now);
    const result = source.readStatus(token);
    const entry: Check = { at: now, result };
    this.checks.set(key, entry);
    try {
      await result;
    } catch (err) {
      if (this.checks.get(key) === entry) this.checks.delete(key);
      throw err;
    }
  }

  private sweep(now: number): void {
    if (this.checks.size < this.maxEntries) return;
    for (const [key, c] of this.checks) if (now - c.at >= this.reuseMs) this.checks.delete(key);
    // Still full of fresh entries: forget the oldest (a map iterates in insertion order).
    for (const key of this.checks.keys()) {
      if (this.checks.size < this.maxEntries) break;
      this.checks.delete(key);
    }
  }
}
