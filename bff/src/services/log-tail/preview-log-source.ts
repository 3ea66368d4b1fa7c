import { ConsoleErrorCode, isV2Terminal, type V2StatusEvent } from '@console/shared';
import { ModelArtsCallError } from '../../clients/modelarts-error.js';
import type { ModelArtsV2LogClient, V2LogTarget } from '../../clients/modelarts-v2-client.js';
import type { LogSource, SourceRead } from './log-source.js';
import type { ChainPage } from './page-chain.js';
import { cutPreview, linesBetween } from './preview-cursor.js';

/**
 * v2 log tail (catalog §4.8): the task's log preview, read with a byte-offset cursor (see
 * preview-cursor.ts). One read returns everything new that fits the preview window, so reads are
 * never "full"; the status is the job's `{phase, secondary_phase}`.
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
    const cut = cutPreview(cursor, await this.client.preview(this.target, token), terminal);
    if (cut.next === cursor) return { page: undefined, full: false };
    return {
      page: { to: String(cut.next), count: cut.lines.length, lines: cut.lines },
      full: false,
    };
  }

  async reread(p: ChainPage, token: string): Promise<string[]> {
    const lines = linesBetween(
      Number(p.from),
      Number(p.to),
      await this.client.preview(this.target, token),
    );
    if (!lines) {
      throw new ModelArtsCallError(
        502,
        { error_code: ConsoleErrorCode.upstreamUnreachable, error_msg: 'The log changed upstream' },
        false,
      );
    }
    return lines;
  }
}
