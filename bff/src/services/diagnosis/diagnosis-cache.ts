import type { Diagnosis } from '@console/shared';

/**
 * Diagnoses of failed jobs, per job version (a failed job is terminal: its log never changes), in
 * one flight (viewers asking together share one read of the log), bounded (the least recently
 * used goes first). A failure (or an answer `keep` refuses) is not kept: the next viewer asks again. Callers check access with
 * their own token before they look here.
 */
export class DiagnosisCache {
  private readonly entries = new Map<string, Promise<Diagnosis>>();

  constructor(
    private readonly maxEntries = 500,
    /**
     * Whether an answer may be kept: not one with a worker whose log could not be read (a
     * passing failure), but one that stopped at a bound (`truncated`) is final.
     */
    private readonly keep: (d: Diagnosis) => boolean = (d) =>
      d.workers.every((w) => !w.problem || w.truncated),
  ) {}

  get size(): number {
    return this.entries.size;
  }

  async get(key: string, compute: () => Promise<Diagnosis>): Promise<Diagnosis> {
    const known = this.entries.get(key);
    if (known) {
      this.entries.delete(key);
      this.entries.set(key, known);
      return known;
    }
    const result = compute();
    this.entries.set(key, result);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    try {
      const d = await result;
      if (!this.keep(d) && this.entries.get(key) === result) this.entries.delete(key);
      return d;
    } catch (err) {
      if (this.entries.get(key) === result) this.entries.delete(key);
      throw err;
    }
  }
}
