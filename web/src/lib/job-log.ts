import { skippedLinesOf } from '@console/shared';
import { LogBuffer, MAX_LOG_LINES } from './log-buffer.js';
import { MergedLogView, prefixLine } from './merged-log-view.js';

/**
 * The lines of every worker of a job (v1: log files; v2: tasks) as one job stream delivers them:
 * one buffer per worker (its own line numbers, for line links and search) and the merged view.
 */
export class JobLog {
  readonly merged: MergedLogView;
  private readonly perWorker = new Map<string, LogBuffer>();

  constructor(
    readonly workers: readonly string[],
    max = MAX_LOG_LINES,
  ) {
    this.merged = new MergedLogView(max);
    for (const w of workers) this.perWorker.set(w, new LogBuffer(max));
  }

  /**
   * Lines of `worker` (a worker the stream does not carry is ignored); `consoleAt`: which of them
   * are the console's own (LogBuffer.append).
   */
  append(worker: string, lines: readonly string[], consoleAt: readonly number[] = []): void {
    const index = this.workers.indexOf(worker);
    const buffer = this.perWorker.get(worker);
    if (index < 0 || !buffer) return;
    buffer.append(lines, consoleAt);
    // a counted skip is how the worker's own log numbers its lines, not a line of the job
    const counted = new Set(consoleAt.filter((i) => skippedLinesOf(lines[i] ?? '') !== undefined));
    const merged = counted.size ? lines.filter((_, i) => !counted.has(i)) : lines;
    this.merged.append(worker, index, merged);
  }

  /** A worker's latest lines while its stream finds where to start (LogBuffer.showPreview). */
  preview(worker: string, lines: readonly string[]): void {
    this.perWorker.get(worker)?.showPreview(lines);
  }

  /**
   * The merged view's preview while no worker has sent lines: each worker's preview, prefixed as
   * its lines are; undefined when there is none or lines have come.
   */
  get mergedPreview(): readonly string[] | undefined {
    if (this.merged.length > 0) return undefined;
    const lines = this.workers.flatMap((w, i) =>
      (this.perWorker.get(w)?.preview ?? []).map((line) => prefixLine(w, i, line)),
    );
    return lines.length > 0 ? lines : undefined;
  }

  of(worker: string): LogBuffer | undefined {
    return this.perWorker.get(worker);
  }
}
