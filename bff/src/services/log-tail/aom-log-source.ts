import { ConsoleErrorCode, isV1Terminal } from '@console/shared';
import {
  ModelArtsCallError,
  type LogTarget,
  type ModelArtsLogClient,
} from '../../clients/modelarts-client.js';
import type { LogSource, SourceRead } from './log-source.js';
import type { ChainPage } from './page-chain.js';

export const AOM_PAGE_SIZE = 500;

/**
 * v1 log tail (catalog §3.11): aom-log read forward with base_line=<head>, order=desc, 500 lines.
 * Cursors are opaque upstream line cursors; the status is the version's numeric v1 status.
 */
export class AomLogSource implements LogSource<number> {
  readonly key: string;
  readonly projectId: string;
  readonly origin = '0';
  readonly logContext: Record<string, string>;

  constructor(
    private readonly client: ModelArtsLogClient,
    readonly target: LogTarget,
  ) {
    this.projectId = target.projectId;
    this.key = JSON.stringify([
      'v1',
      target.projectId,
      target.jobId,
      target.versionId,
      target.logFile,
    ]);
    this.logContext = { job: target.jobId, file: target.logFile };
  }

  readStatus(token: string): Promise<number> {
    return this.client.versionStatus(this.target, token);
  }

  sameStatus(a: number, b: number): boolean {
    return a === b;
  }

  isTerminal(s: number): boolean {
    return isV1Terminal(s);
  }

  async read(head: string, token: string): Promise<SourceRead> {
    const page = await this.client.readAomLog(this.target, token, {
      baseLine: head,
      lines: AOM_PAGE_SIZE,
      order: 'desc',
    });
    const full = Math.max(page.count, page.lines.length) >= AOM_PAGE_SIZE;
    const moved = page.lines.length > 0 && page.endLine !== '' && page.endLine !== head;
    return {
      full,
      page: moved ? { to: page.endLine, count: page.count, lines: page.lines } : undefined,
    };
  }

  /** Exact re-read of an evicted page: base_line = its start, lines = its upstream count. */
  async reread(p: ChainPage, token: string): Promise<string[]> {
    const page = await this.client.readAomLog(this.target, token, {
      baseLine: p.from,
      lines: p.count,
      order: 'desc',
    });
    if (page.endLine !== p.to) {
      throw new ModelArtsCallError(
        502,
        { error_code: ConsoleErrorCode.upstreamUnreachable, error_msg: 'The log changed upstream' },
        false,
      );
    }
    return page.lines;
  }
}
