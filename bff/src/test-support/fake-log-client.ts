import type {
  AomPage,
  AomQuery,
  LogTarget,
  ModelArtsLogClient,
} from '../clients/modelarts-client.js';
import { ModelArtsCallError } from '../clients/modelarts-client.js';

/**
 * In-memory aom-log with the documented cursor rules for unit tests of the log tail: no base_line =
 * the latest lines; desc = lines after base_line; asc = lines before it; cursor(i) = base + i. A
 * base_line that is no cursor of a line of the log is refused (400 ModelArts.0101), as the
 * emulator does. Counts reads per base_line (`latest` for none).
 */
export class FakeLogClient implements ModelArtsLogClient {
  readonly lines: string[] = [];
  status = 8;
  readonly reads: string[] = [];
  readonly queries: AomQuery[] = [];
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

  private page(first: number, last: number, echo: string): AomPage {
    const picked = this.lines.slice(first - 1, Math.max(first - 1, last));
    if (picked.length === 0) return { lines: [], count: 0, startLine: echo, endLine: echo };
    return {
      lines: picked,
      count: picked.length,
      startLine: this.cursor(first),
      endLine: this.cursor(first + picked.length - 1),
    };
  }

  async readAomLog(_t: LogTarget, _token: string, q: AomQuery): Promise<AomPage> {
    this.reads.push(q.baseLine ?? 'latest');
    this.queries.push(q);
    const total = this.lines.length;
    if (q.baseLine === undefined || q.baseLine === '')
      return this.page(Math.max(1, total - q.lines + 1), total, '');
    const at = /^\d+$/.test(q.baseLine) ? Number(BigInt(q.baseLine) - this.base) : NaN;
    if (!(at >= 1 && at <= total))
      throw new ModelArtsCallError(
        400,
        { error_code: 'ModelArts.0101', error_msg: 'Invalid Argument: base_line' },
        false,
      );
    return q.order === 'asc'
      ? this.page(Math.max(1, at - q.lines), at - 1, q.baseLine)
      : this.page(at + 1, Math.min(total, at + q.lines), q.baseLine);
  }
}
