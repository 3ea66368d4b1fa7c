import { LogBuffer, MAX_LOG_LINES } from '../../lib/log-buffer.js';

/** 8 distinct ANSI foreground colours (bright variants read well on the dark log background). */
const WORKER_COLORS = [36, 33, 35, 32, 94, 91, 96, 93] as const;

/** The SGR colour code of the n-th task (stable per task index). */
export function workerColor(index: number): number {
  return WORKER_COLORS[index % WORKER_COLORS.length] ?? 36;
}

/** `[worker-0] text` with the prefix in the task's colour (ANSI, rendered by the log viewer). */
export function prefixLine(task: string, index: number, text: string): string {
  return `\u001b[${workerColor(index)}m[${task}]\u001b[0m ${text}`;
}

/**
 * The lines of every task of a job: one buffer per task and one merged buffer in which each line
 * is prefixed and coloured by its task, interleaved in arrival order.
 */
export class MergedLog {
  readonly merged: LogBuffer;
  private readonly perTask = new Map<string, LogBuffer>();

  constructor(
    readonly tasks: readonly string[],
    private readonly max = MAX_LOG_LINES,
  ) {
    this.merged = new LogBuffer(max);
    for (const task of tasks) this.perTask.set(task, new LogBuffer(max));
  }

  append(task: string, lines: readonly string[]): void {
    const index = this.tasks.indexOf(task);
    const own = this.perTask.get(task);
    if (index < 0 || !own) return;
    own.append(lines);
    this.merged.append(lines.map((line) => prefixLine(task, index, line)));
  }

  of(task: string): LogBuffer | undefined {
    return this.perTask.get(task);
  }
}
