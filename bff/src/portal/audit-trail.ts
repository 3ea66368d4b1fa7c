import { appendFile } from 'node:fs/promises';
import type { AuditEntry } from '@console/shared';

export interface AuditFilter {
  project?: string;
  user?: string;
  job?: string;
  /** Epoch ms, inclusive. */
  from?: number;
  to?: number;
  limit?: number;
}

/**
 * Every state-changing call (who, role, project, method, path, job, upstream status, request id,
 * time), appended as JSON lines to a file when one is configured, and the latest `keep` entries in
 * memory for the Audit page. Entries hold no secret: no token, no body, no query string.
 */
export class AuditTrail {
  private readonly recent: AuditEntry[] = [];
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly file?: string,
    private readonly keep = 10_000,
    private readonly onWriteError: (err: unknown) => void = () => undefined,
  ) {}

  append(entry: AuditEntry): void {
    this.recent.push(entry);
    if (this.recent.length > this.keep) this.recent.splice(0, this.recent.length - this.keep);
    const file = this.file;
    if (!file) return;
    // one write after the other, so the lines stay in order
    this.writing = this.writing
      .then(() => appendFile(file, `${JSON.stringify(entry)}\n`, { mode: 0o600 }))
      .catch(this.onWriteError);
  }

  /** Resolves once every appended line is written. */
  flushed(): Promise<void> {
    return this.writing;
  }

  /** Newest first. */
  query(f: AuditFilter = {}): AuditEntry[] {
    const out: AuditEntry[] = [];
    for (let i = this.recent.length - 1; i >= 0 && out.length < (f.limit ?? 500); i -= 1) {
      const e = this.recent[i]!;
      const at = Date.parse(e.time);
      if (f.project && e.project !== f.project) continue;
      if (f.user && e.user !== f.user) continue;
      if (f.job && e.job !== f.job) continue;
      if (f.from !== undefined && at < f.from) continue;
      if (f.to !== undefined && at > f.to) continue;
      out.push(e);
    }
    return out;
  }
}
