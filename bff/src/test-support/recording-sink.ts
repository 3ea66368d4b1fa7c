import type { ConsoleErrorBody } from '@console/shared';
import type { LogSink } from '../services/log-tail/log-viewer.js';

/** A log sink that keeps every event it is given, for the log-tail tests (v1 and v2 statuses). */
export class RecordingSink<S> implements LogSink<S> {
  lines: string[] = [];
  ids: string[] = [];
  statuses: S[] = [];
  ended: S | undefined;
  errors: ConsoleErrorBody[] = [];
  /** `retrying` notices: the error and the announced delay. */
  retries: { body: ConsoleErrorBody; delayMs: number }[] = [];
  log(id: string, lines: string[]) {
    this.ids.push(id);
    this.lines.push(...lines);
  }
  status(s: S) {
    this.statuses.push(s);
  }
  end(s: S | undefined) {
    this.ended = s;
  }
  error(b: ConsoleErrorBody) {
    this.errors.push(b);
  }
  retrying(body: ConsoleErrorBody, delayMs: number) {
    this.retries.push({ body, delayMs });
  }
}

/** Waits until `cond` holds, checking every 5 ms; fails after `ms`. */
export async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}
