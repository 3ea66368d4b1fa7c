import { isV1Terminal, skippedLinesLine } from '@console/shared';
import type { AomQuery, LogTarget, ModelArtsLogClient } from '../../clients/modelarts-client.js';
import { AomIndexCache } from '../log-read/aom-index-cache.js';
import {
  AOM_PAGE_SIZE,
  findFirstPage,
  logChangedError,
  rereadFirstPage,
  type AomRead,
} from './aom-first-page.js';
import { LogTooLongError } from '../log-read/aom-line-index.js';
import { indexedTailStart, indexedTailStartAgain, type TailStart } from './aom-indexed-tail.js';
import { consoleLine } from './console-lines.js';
import type { LogSource, SourceRead } from './log-source.js';
import type { ChainPage } from './page-chain.js';

export { AOM_PAGE_SIZE };

/** The console's line before a stream's first page when lines come before it (counted). */
function withSkip(start: TailStart): string[] {
  if (start.skipped === 0) return start.lines;
  const line = skippedLinesLine(start.skipped, 'scroll up to read them');
  return [consoleLine(line), ...start.lines];
}

/**
 * v1 log tail (catalog §3.11): a stream starts at the first of the log's latest pages, the lines
 * before it counted (aom-indexed-tail.ts; without indexes, at the first page found from the latest
 * lines backwards: aom-first-page.ts), then the log is read forward with base_line=<head>,
 * order=desc, 500 lines.
 * Cursors are opaque upstream line cursors, only ever taken from a response; `origin` ("before the
 * first line") is the console's own and never sent. The status is the version's numeric v1 status.
 */
export class AomLogSource implements LogSource<number> {
  readonly key: string;
  readonly jobKey: string;
  readonly projectId: string;
  readonly origin = '0';
  readonly logContext: Record<string, string>;

  constructor(
    private readonly client: ModelArtsLogClient,
    readonly target: LogTarget,
    /** The logs' line indexes: given, the first page is found through them (and indexes the log). */
    private readonly indexes?: AomIndexCache,
  ) {
    this.projectId = target.projectId;
    this.key = JSON.stringify([
      'v1',
      target.projectId,
      target.jobId,
      target.versionId,
      target.logFile,
    ]);
    this.jobKey = JSON.stringify(['v1', target.projectId, target.jobId, target.versionId]);
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

  private reader(token: string) {
    return (q: AomQuery) => this.client.readAomLog(this.target, token, q);
  }

  async read(head: string, token: string): Promise<SourceRead> {
    const read = this.reader(token);
    if (head === this.origin) {
      const start = this.indexes
        ? await indexedTailStart(this.indexes, AomIndexCache.keyOf(this.target), read)
        : await findFirstPage(read, AOM_PAGE_SIZE).then(
            (p) => p && { lines: p.lines, end: p.endLine, skipped: 0 },
          );
      if (!start) return { full: false, page: undefined };
      // more may follow the first page: read on at once
      return {
        full: true,
        page: { to: start.end, count: start.lines.length, lines: withSkip(start) },
      };
    }
    const page = await read({ baseLine: head, lines: AOM_PAGE_SIZE, order: 'desc' });
    const full = Math.max(page.count, page.lines.length) >= AOM_PAGE_SIZE;
    const moved = page.lines.length > 0 && page.endLine !== '' && page.endLine !== head;
    return {
      full,
      page: moved ? { to: page.endLine, count: page.count, lines: page.lines } : undefined,
    };
  }

  /** The latest lines while the log's index is walked (the stream's start needs its count). */
  preview(token: string): Promise<string[] | undefined> {
    if (!this.indexes) return Promise.resolve(undefined);
    return this.indexes.latestWhileWalking(AomIndexCache.keyOf(this.target), this.reader(token));
  }

  /**
   * Exact re-read of an evicted page: base_line = its start, lines = its upstream count. A stream's
   * first page is the indexed page ending at its cursor, with the same count of lines before it.
   */
  async reread(p: ChainPage, token: string): Promise<string[]> {
    const read = this.reader(token);
    if (p.from === this.origin) return this.rereadStart(p, read);
    const page = await read({ baseLine: p.from, lines: p.count, order: 'desc' });
    if (page.endLine !== p.to) throw logChangedError();
    return page.lines;
  }

  private async rereadStart(p: ChainPage, read: AomRead): Promise<string[]> {
    if (this.indexes) {
      try {
        const key = AomIndexCache.keyOf(this.target);
        // the lines before it counted again: a page that ends there numbers the same lines
        return withSkip(await indexedTailStartAgain(this.indexes, key, read, p.to));
      } catch (err) {
        // a log too long to index started at the earliest page reached, as without indexes
        if (!(err instanceof LogTooLongError)) throw err;
      }
    }
    return rereadFirstPage(read, p.to, p.count);
  }
}
