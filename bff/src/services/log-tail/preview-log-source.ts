import { ConsoleErrorCode, isV2Terminal, type V2StatusEvent } from '@console/shared';
import { ModelArtsCallError } from '../../clients/modelarts-error.js';
import type { ModelArtsV2LogClient, V2LogTarget } from '../../clients/modelarts-v2-client.js';
import type { LogSource, SourceRead } from './log-source.js';
import type { ChainPage } from './page-chain.js';
import type { CountLogLines } from '../log-read/v2-line-count.js';
import {
  cutPreview,
  linesBetween,
  newlinesInWindow,
  previewSkip,
  skippedLine,
  type Preview,
  type PreviewSkip,
} from './preview-cursor.js';

/**
 * A new viewer of a longer log gets its last this many bytes first (~10,000 lines of ~25 bytes;
 * the older ones are read by number as they scroll into view, and searched on the server): the
 * size of the first event is most of the time to a long log's first lines (1M lines: 2 MiB first
 * ~1.5 s, 256 KiB ~0.9 s, `pnpm bench`).
 */
export const FIRST_TAIL_BYTES = 256 * 1024;

/**
 * v2 log tail (catalog §4.8): the task's log preview, read with a byte-offset cursor (see
 * preview-cursor.ts). One read returns everything new that fits the preview window, so reads are
 * never "full"; the status is the job's `{phase, secondary_phase}`.
 *
 * With `countLines` (the task's full log file), bytes the stream skips — those that left the
 * window, and on a first read all but the last FIRST_TAIL_BYTES — are reported with the number of
 * lines they hold, so the browser numbers what follows as the log does and reads the skipped lines
 * by number (those still in the preview are counted in it: a log under 5 MB needs no file read). A page's `count` is the number of bytes skipped at its start (0: none), so an evicted
 * page is re-read exactly. Counts are made only after a preview read with the same token.
 */
export class PreviewLogSource implements LogSource<V2StatusEvent> {
  readonly key: string;
  readonly jobKey: string;
  readonly projectId: string;
  readonly origin = '0';
  readonly logContext: Record<string, string>;

  constructor(
    private readonly client: ModelArtsV2LogClient,
    readonly target: V2LogTarget,
    private readonly countLines?: CountLogLines,
    private readonly tailBytes = FIRST_TAIL_BYTES,
  ) {
    this.projectId = target.projectId;
    this.key = JSON.stringify(['v2', target.projectId, target.jobId, target.taskId]);
    this.jobKey = JSON.stringify(['v2', target.projectId, target.jobId]);
    this.logContext = { job: target.jobId, task: target.taskId };
  }

  readStatus(token: string): Promise<V2StatusEvent> {
    return this.client.jobStatus(this.target, token);
  }

  sameStatus(a: V2StatusEvent, b: V2StatusEvent): boolean {
    return a.phase === b.phase && a.secondary_phase === b.secondary_phase;
  }

  isTerminal(s: V2StatusEvent): boolean {
    return isV2Terminal(s.phase);
  }

  async read(head: string, token: string, terminal: boolean): Promise<SourceRead> {
    const cursor = Number(head);
    const preview = await this.client.preview(this.target, token);
    const skip = this.countLines ? previewSkip(cursor, preview, this.tailBytes) : undefined;
    const lines = skip && (await this.skippedLines(preview, skip, token));
    const counted = skip && lines !== undefined ? { skip, lines } : undefined;
    const cut = cutPreview(cursor, preview, terminal, counted);
    if (cut.next === cursor) return { page: undefined, full: false };
    return {
      page: { to: String(cut.next), count: cut.skipped, lines: cut.lines },
      full: false,
    };
  }

  async reread(p: ChainPage, token: string): Promise<string[]> {
    const preview = await this.client.preview(this.target, token);
    const from = Number(p.from) + p.count;
    const lines = linesBetween(from, Number(p.to), preview);
    if (!lines) {
      throw new ModelArtsCallError(
        502,
        { error_code: ConsoleErrorCode.upstreamUnreachable, error_msg: 'The log changed upstream' },
        false,
      );
    }
    if (p.count === 0) return lines;
    const counted = await this.skippedLines(preview, { from: Number(p.from), to: from }, token);
    return [skippedLine(p.count, counted), ...lines];
  }

  /**
   * The lines of a skip: those in the preview counted in it, those before it in the task's log
   * file (none to read for a log that fits the window); undefined when they cannot be counted.
   */
  private async skippedLines(
    preview: Preview,
    skip: PreviewSkip,
    token: string,
  ): Promise<number | undefined> {
    if (!this.countLines) return undefined;
    const inWindow = newlinesInWindow(preview, skip.from, skip.to);
    if (inWindow.start === skip.from) return inWindow.newlines;
    const before = await this.countLines(this.target, token, skip.from, inWindow.start);
    return before === undefined ? undefined : before + inWindow.newlines;
  }
}
