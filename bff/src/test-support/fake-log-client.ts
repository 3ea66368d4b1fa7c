import type { AomPage, LogTarget, ModelArtsLogClient } from '../clients/modelarts-client.js';

/**
 * In-memory aom-log with the contract's cursor rules (cursor(i) = base + i; desc = lines after
 * base_line; asc = lines before it) for unit tests of the log tail. Counts reads per base_line.
 */
export class FakeLogClient implements ModelArtsLogClient {
  readonly lines: string[] = [];
  status = 8;
  readonly reads: string[] = [];
  statusCalls = 0;
  private readonly base = 1_700_000_000_000_000_000n;

  cursor(i: number): string {
    return String(this.base + BigInt(i));
  }

  print(n: number, prefix = 'line'): void {
    const start = this.lines.length;
    for (let i = 1; i <= n; i++) this.lines.push(`${prefix} ${start + i}`);
  }

  async versionStatus(_t: LogTarget, _token: string): Promise<number> {
    this.statusCalls += 1;
    return this.status;
  }

  async readAomLog(
    _t: LogTarget,
    _token: string,
    q: { baseLine: string; lines: number; order: 'asc' | 'desc' },
  ): Promise<AomPage> {
    this.reads.push(q.baseLine);
    const after = q.baseLine === '0' ? 0 : Number(BigInt(q.baseLine) - this.base);
    const first = q.order === 'desc' ? after + 1 : Math.max(1, after - q.lines);
    const last = q.order === 'desc' ? Math.min(this.lines.length, after + q.lines) : after - 1;
    const picked = this.lines.slice(first - 1, Math.max(first - 1, last));
    if (picked.length === 0) {
      return { lines: [], count: 0, startLine: q.baseLine, endLine: q.baseLine };
    }
    return {
      lines: picked,
      count: picked.length,
      startLine: this.cursor(first),
      endLine: this.cursor(first + picked.length - 1),
    };
  }
}
