import { isSkipLine, skippedLinesOf } from '@console/shared';

export const MAX_LOG_LINES = 50_000;

/**
 * Lines kept in memory for one stream: appends in batches, drops the oldest beyond `max`.
 * `dropped` counts what was dropped so the viewer can say so.
 */
export class LogBuffer {
  private items: string[] = [];
  dropped = 0;
  /**
   * The stream skipped bytes without saying how many lines they held (a v2 log past its preview
   * window): the lines are not numbered as the log's from there on, so older lines cannot be read
   * by number to join them. When it says ("… bytes skipped (K lines)"), the lines held and the K
   * skipped count as dropped instead: numbering goes on as the log's and all of them can be read
   * by number.
   */
  gap = false;

  /**
   * The log's latest lines while the stream finds where to start (a `preview` event): shown
   * without numbers until the first lines come (they replace them).
   */
  preview: readonly string[] | undefined;

  constructor(private readonly max = MAX_LOG_LINES) {}

  /** Keeps `lines` as the preview, unless lines have come already. */
  showPreview(lines: readonly string[]): void {
    if (this.items.length === 0 && this.dropped === 0) this.preview = lines.slice(-this.max);
  }

  /**
   * `consoleAt`: the indexes of the console's own lines among `lines` (the stream lists them): only
   * those are read as skips — a log that prints the same words is a line of the log, nothing more.
   */
  append(lines: readonly string[], consoleAt: readonly number[] = []): void {
    this.preview = undefined;
    const own = new Set(consoleAt);
    for (const [i, line] of lines.entries()) {
      const mine = own.has(i) && !this.gap;
      const skipped = mine ? skippedLinesOf(line) : undefined;
      if (skipped !== undefined) {
        this.dropped += this.items.length + skipped;
        this.items = [];
        continue;
      }
      if (mine && isSkipLine(line)) this.gap = true;
      this.items.push(line);
    }
    const excess = this.items.length - this.max;
    if (excess > 0) {
      this.items.splice(0, excess);
      this.dropped += excess;
    }
  }

  get lines(): readonly string[] {
    return this.items;
  }

  get length(): number {
    return this.items.length;
  }
}
