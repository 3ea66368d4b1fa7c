import { MAX_LOG_LINES } from './log-buffer.js';
import { lineTime } from './log-time.js';

/** 8 distinct ANSI foreground colours (bright variants read well on the dark log background). */
const WORKER_COLORS = [36, 33, 35, 32, 94, 91, 96, 93] as const;

/** The SGR colour code of the n-th worker (stable per worker index). */
export function workerColor(index: number): number {
  return WORKER_COLORS[index % WORKER_COLORS.length] ?? 36;
}

/** `[worker-0] text` with the prefix in the worker's colour (ANSI, rendered by the log viewer). */
export function prefixLine(worker: string, index: number, text: string): string {
  return `\u001b[${workerColor(index)}m[${worker}]\u001b[0m ${text}`;
}

/** How the merged lines are ordered: by the times the lines carry, or as they arrived. */
export type MergedOrder = 'time' | 'arrival';

/**
 * Every worker's lines in one view, each prefixed and coloured by its worker. Ordered by time
 * while every line has one (its own, or the last one of its worker before it: a traceback stays
 * under the line that started it); lines of equal time keep their order of arrival. From the
 * first line of a worker that has shown no time, the order cannot be known: from then on lines
 * are appended as they arrive and `order` says so. Keeps the newest `max` lines.
 */
export class MergedLogView {
  private readonly items: string[] = [];
  private readonly keys: number[] = [];
  private readonly lastTime = new Map<string, number>();
  order: MergedOrder = 'time';
  dropped = 0;

  constructor(private readonly max = MAX_LOG_LINES) {}

  get lines(): readonly string[] {
    return this.items;
  }

  get length(): number {
    return this.items.length;
  }

  append(worker: string, index: number, lines: readonly string[]): void {
    for (const line of lines) {
      const text = prefixLine(worker, index, line);
      const t = lineTime(line) ?? this.lastTime.get(worker);
      if (t === undefined) this.order = 'arrival';
      else this.lastTime.set(worker, t);
      if (this.order === 'arrival' || t === undefined) {
        this.items.push(text);
        this.keys.push(Number.POSITIVE_INFINITY);
        continue;
      }
      const at = this.upperBound(t);
      this.items.splice(at, 0, text);
      this.keys.splice(at, 0, t);
    }
    const excess = this.items.length - this.max;
    if (excess > 0) {
      this.items.splice(0, excess);
      this.keys.splice(0, excess);
      this.dropped += excess;
    }
  }

  /** The first position whose key is greater than `t` (the end, for the usual in-order line). */
  private upperBound(t: number): number {
    let lo = 0;
    let hi = this.keys.length;
    if (hi === 0 || (this.keys[hi - 1] ?? 0) <= t) return hi;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.keys[mid] ?? 0) <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
