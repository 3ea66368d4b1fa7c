import { ConsoleErrorCode, encodeJobCursor, type ConsoleErrorBody } from '@console/shared';
import type { LogSource } from './log-source.js';
import type { LogSink, ViewerSession } from './log-viewer.js';
import type { TailRegistry } from './tail-registry.js';

/** Where the events of a job stream go (the SSE writer); no HTTP types here. */
export interface JobSink<S> {
  /** `id` is the job cursor after these lines (every worker's cursor so far). */
  log(id: string, worker: string, lines: string[]): void;
  status(status: S): void;
  /** Every worker's log is drained (or failed): the stream is over. */
  end(status: S | undefined): void;
  /** One worker's log cannot go on; the others do. */
  workerError(worker: string, body: ConsoleErrorBody): void;
  /** A worker's latest lines while its stream finds where to start (LogSource.preview). */
  preview(worker: string, lines: string[]): void;
  /** The whole stream cannot go on. */
  error(body: ConsoleErrorBody): void;
  retrying(body: ConsoleErrorBody, delayMs: number): void;
}

export interface JobWorker<S> {
  name: string;
  source: LogSource<S>;
  /** The worker's cursor from Last-Event-ID; undefined = from its first line. */
  after: string | undefined;
}

export interface OpenJobTail<S> extends ViewerSession {
  registry: TailRegistry<S>;
  workers: readonly JobWorker<S>[];
  sink: JobSink<S>;
  account: string;
}

/**
 * One viewer of a whole job: a viewer of each worker's log in the registry (the per-log pollers,
 * or Redis mirrors, are shared with every other viewer as before), their events merged into one
 * sink. Each `log` event carries the job cursor after it; the job's status is sent when it
 * changes (every worker reports the same job, a late joiner possibly an older status); `end` comes when no worker is left. Resolves to
 * the function that detaches every worker; a worker that cannot be opened (e.g. the poller
 * budget) detaches the others and rejects.
 */
export async function openJobTail<S>(o: OpenJobTail<S>): Promise<() => void> {
  const cursors = new Map<number, string>();
  o.workers.forEach((w, i) => {
    if (w.after !== undefined) cursors.set(i, w.after);
  });
  const left = new Set(o.workers.map((_, i) => i));
  /** Workers that have sent lines: a preview that comes later is dropped. */
  const logged = new Set<number>();
  const preview = (i: number, w: JobWorker<S>) => {
    const token = o.token();
    if (w.after !== undefined || !w.source.preview || !token) return;
    w.source.preview(token).then(
      (lines) => {
        if (lines && !over && !logged.has(i)) o.sink.preview(w.name, lines);
      },
      // the worker's own reads say what failed
      () => undefined,
    );
  };
  const detachers: Array<() => void> = [];
  let last: S | undefined;
  const reported = new Map<number, S>();
  let over = false;
  const detachAll = () => {
    over = true;
    for (const d of detachers.splice(0)) d();
  };
  const sameAsLast = (s: S, source: LogSource<S>) =>
    last !== undefined && source.sameStatus(last, s);

  const workerSink = (i: number, w: JobWorker<S>): LogSink<S> => {
    const done = () => {
      left.delete(i);
      if (left.size === 0 && !over) {
        over = true;
        o.sink.end(last);
      }
    };
    return {
      log: (id, lines) => {
        if (over) return;
        logged.add(i);
        cursors.set(i, id);
        o.sink.log(encodeJobCursor(cursors), w.name, lines);
      },
      status: (s) => {
        // A worker's poller may join with a status older than one another worker already
        // reported: only a change seen by that worker (or the very first status) is news.
        const prev = reported.get(i);
        reported.set(i, s);
        const news = prev === undefined ? last === undefined : !w.source.sameStatus(prev, s);
        if (over || !news || sameAsLast(s, w.source)) return;
        last = s;
        o.sink.status(s);
      },
      end: (s) => {
        if (s !== undefined) last = s;
        done();
      },
      error: (body) => {
        if (over) return;
        // The session is over: so is every worker's log.
        if (body.error_code === ConsoleErrorCode.unauthenticated) {
          over = true;
          o.sink.error(body);
          return;
        }
        o.sink.workerError(w.name, body);
        done();
      },
      retrying: (body, delayMs) => {
        if (!over) o.sink.retrying(body, delayMs);
      },
    };
  };

  try {
    for (const [i, w] of o.workers.entries()) {
      if (over) break;
      const detach = await o.registry.open({
        source: w.source,
        after: w.after,
        sink: workerSink(i, w),
        account: o.account,
        token: o.token,
        onUnauthorized: o.onUnauthorized,
      });
      detachers.push(detach);
      if (over) detachAll();
      else preview(i, w);
    }
  } catch (err) {
    detachAll();
    throw err;
  }
  return detachAll;
}
