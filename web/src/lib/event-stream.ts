import {
  ConsoleErrorBodySchema,
  JOB_LOG_STREAM_EVENTS,
  JobLogEventSchema,
  JobPreviewEventSchema,
  LOG_STREAM_EVENTS,
  LogEventSchema,
  WorkerErrorEventSchema,
} from '@console/shared';
import type { z } from 'zod';
import { takeEarlyStream } from './early-log-stream.js';

/** Where a followed stream stands, as the log views show it. */
export type StreamState = 'connecting' | 'live' | 'reconnecting' | 'ended' | 'failed';

export interface LogStreamHandlers<Status> {
  onState: (state: StreamState) => void;
  /**
   * A batch of lines; `lastEventId` is the cursor after them ('' when the server sent none);
   * `worker` names whose lines they are on a job stream (one stream, every worker).
   */
  /** `own`: the indexes of the console's own lines among `lines` (the event's `console`). */
  onLines: (
    lines: readonly string[],
    lastEventId: string,
    worker?: string,
    own?: readonly number[],
  ) => void;
  /** Every `status` event, and the `end` event's body. */
  onStatus: (event: Status) => void;
  /** The server ended the stream with an error body (`CODE: message`). */
  onError: (message: string) => void;
  /** A job stream: one worker's log cannot go on (`CODE: message`); the others do. */
  onWorkerError?: (worker: string, message: string) => void;
  /** A job stream: a worker's latest lines while its stream finds where to start (unnumbered). */
  onPreview?: (worker: string, lines: readonly string[]) => void;
}

/** The JSON `data` of an event, if it matches `schema`. */
export function parseEventData<S extends z.ZodType>(schema: S, event: Event): z.output<S> | null {
  if (!(event instanceof MessageEvent) || typeof event.data !== 'string') return null;
  try {
    const parsed = schema.safeParse(JSON.parse(event.data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** `url` resuming after `lastEventId` (the cursor of the last line already shown), if any. */
export function withLastEventId(url: string, lastEventId: string | null | undefined): string {
  if (lastEventId === null || lastEventId === undefined) return url;
  return `${url}${url.includes('?') ? '&' : '?'}last_event_id=${encodeURIComponent(lastEventId)}`;
}

/** How a stream the browser gave up on (EventSource CLOSED) is opened again. */
export interface ReopenBackoff {
  /** The first wait (default 1 s); each failed attempt doubles it… */
  initialMs: number;
  /** …up to this (default 15 s). */
  maxMs: number;
}

export const DEFAULT_REOPEN_BACKOFF: ReopenBackoff = { initialMs: 1000, maxMs: 15_000 };

export interface LogStreamOptions {
  /** Resume after this cursor (the last line already shown): `?last_event_id=`. */
  lastEventId?: string | null;
  reopen?: ReopenBackoff;
}

/**
 * The one client of the BFF's log streams (Server-Sent Events): `log`, `status`, `end` and `error`
 * events, parsed and checked. A dropped connection is retried by the browser, which resends
 * `Last-Event-ID`. When the browser gives up (readyState CLOSED: the connection was refused, or the
 * answer was not a stream — a BFF restarting, a load balancer with no replica up) the stream is
 * opened again here, after a backoff capped at `reopen.maxMs`, resuming after the last line handed
 * on (`?last_event_id=`): nothing is lost or repeated, and the state stays 'reconnecting'. Only the
 * server's `end` event or an `error` event with a body ends it. Returns the function that closes it.
 */
export function openLogStream<S extends z.ZodType, E extends z.ZodType>(
  url: string,
  schemas: { status: S; end: E },
  handlers: LogStreamHandlers<z.output<S> | z.output<E>>,
  options: LogStreamOptions = {},
): () => void {
  const backoff = options.reopen ?? DEFAULT_REOPEN_BACKOFF;
  let cursor = options.lastEventId ?? null;
  let source: EventSource | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let done = false;

  const finish = () => {
    done = true;
    clearTimeout(timer);
    source?.close();
  };
  const reopenLater = () => {
    const wait = Math.min(backoff.maxMs, backoff.initialMs * 2 ** failures);
    failures += 1;
    timer = setTimeout(connect, wait);
  };

  function connect(): void {
    if (done) return;
    const target = withLastEventId(url, cursor);
    // a stream the page opened before this view mounted (early-log-stream.ts) is taken over
    const early = takeEarlyStream(target);
    const es = early?.source ?? new EventSource(target);
    source = es;
    const on: Record<string, (event: Event) => void> = {
      open: () => {
        failures = 0;
        handlers.onState('live');
      },
      [LOG_STREAM_EVENTS.log]: (event) => {
        // a job stream names the worker of each batch; a log stream carries one log
        const job = parseEventData(JobLogEventSchema, event);
        const data = job ?? parseEventData(LogEventSchema, event);
        if (!data || data.lines.length === 0) return;
        const id = event instanceof MessageEvent ? event.lastEventId : '';
        if (id) cursor = id;
        if (job) handlers.onLines(job.lines, id, job.worker, job.console);
        else handlers.onLines(data.lines, id, undefined, data.console);
      },
      [JOB_LOG_STREAM_EVENTS.workerError]: (event) => {
        const data = parseEventData(WorkerErrorEventSchema, event);
        if (data) handlers.onWorkerError?.(data.worker, `${data.error_code}: ${data.error_msg}`);
      },
      [JOB_LOG_STREAM_EVENTS.preview]: (event) => {
        const data = parseEventData(JobPreviewEventSchema, event);
        if (data && data.lines.length > 0) handlers.onPreview?.(data.worker, data.lines);
      },
      [LOG_STREAM_EVENTS.status]: (event) => {
        const data = parseEventData(schemas.status, event);
        if (data) handlers.onStatus(data);
      },
      [LOG_STREAM_EVENTS.end]: (event) => {
        finish();
        handlers.onState('ended');
        const data = parseEventData(schemas.end, event);
        if (data) handlers.onStatus(data);
      },
      // Both the server's `event: error` (with a body) and connection failures arrive here.
      [LOG_STREAM_EVENTS.error]: (event) => {
        if (done || source !== es) return;
        const body = parseEventData(ConsoleErrorBodySchema, event);
        if (body) {
          finish();
          handlers.onError(`${body.error_code}: ${body.error_msg}`);
          handlers.onState('failed');
          return;
        }
        handlers.onState('reconnecting');
        if (es.readyState === EventSource.CLOSED) {
          es.close();
          reopenLater();
        }
      },
    };
    for (const [type, handle] of Object.entries(on)) es.addEventListener(type, handle);
    for (const { type, event } of early?.received ?? []) {
      if (done) break;
      on[type]?.(event);
    }
  }

  connect();
  return finish;
}
