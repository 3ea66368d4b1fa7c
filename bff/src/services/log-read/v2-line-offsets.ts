/** A line start is remembered every this many lines. */
export const OFFSET_EVERY = 10_000;
/** Logs whose line starts are kept (least recently used dropped): ~8 bytes per 10,000 lines each. */
const LOGS_KEPT = 256;

/**
 * Where a v2 task log's lines start, learnt while reading it from its start: the byte offset of
 * every OFFSET_EVERY-th line. A task's log file only grows, so an offset once learnt stays true;
 * the lines endpoint then reads a range of lines from the nearest known start (an OBS range read)
 * instead of from the log's first byte.
 */
export class LineOffsets {
  /** starts[i]: the byte offset of line i·every + 1. */
  private readonly starts: number[] = [0];
  /** Bytes `[0, bytes)` were scanned; they hold `newlines` "\n". */
  private bytes = 0;
  private newlines = 0;

  constructor(private readonly every = OFFSET_EVERY) {}

  /** The nearest known line start at or before line `line` (numbered from 1). */
  nearest(line: number): { line: number; byte: number } {
    const i = Math.min(Math.floor((Math.max(1, line) - 1) / this.every), this.starts.length - 1);
    return { line: i * this.every + 1, byte: this.starts[i] ?? 0 };
  }

  /** How far the log was scanned (bytes). */
  get scanned(): number {
    return this.bytes;
  }

  /** Learns from `chunk`, the bytes at offset `at`: only what continues the scan is used. */
  learn(at: number, chunk: Uint8Array): void {
    const skip = this.bytes - at;
    if (skip < 0 || skip >= chunk.length) return;
    for (let i = chunk.indexOf(10, skip); i >= 0; i = chunk.indexOf(10, i + 1)) {
      this.newlines += 1;
      if (this.newlines % this.every === 0) this.starts.push(at + i + 1);
    }
    this.bytes = at + chunk.length;
  }
}

/** The LineOffsets of each log read (keyed by project, job and task), the last LOGS_KEPT. */
export class LineOffsetCache {
  private readonly logs = new Map<string, LineOffsets>();

  of(target: { projectId: string; jobId: string; taskId: string }): LineOffsets {
    const key = JSON.stringify([target.projectId, target.jobId, target.taskId]);
    const known = this.logs.get(key) ?? new LineOffsets();
    this.logs.delete(key);
    this.logs.set(key, known);
    if (this.logs.size > LOGS_KEPT) this.logs.delete(this.logs.keys().next().value ?? '');
    return known;
  }
}

/** `chunks` (the bytes from offset `at` on) passed through, each one taught to `offsets`. */
export async function* learning(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  at: number,
  offsets: LineOffsets,
): AsyncGenerator<Uint8Array> {
  let position = at;
  for await (const chunk of chunks) {
    offsets.learn(position, chunk);
    position += chunk.length;
    yield chunk;
  }
}
