import type { ServerResponse } from 'node:http';
import {
  LOG_STREAM_EVENTS,
  v1StatusInfo,
  type ConsoleErrorBody,
  type V2StatusEvent,
} from '@console/shared';
import { wireLines } from '../services/log-tail/console-lines.js';
import type { LogSink } from '../services/log-tail/log-viewer.js';

/** Starts an SSE response: no buffering anywhere (proxies, compression), reconnect after 2 s. */
export function startEventStream(res: ServerResponse): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    'x-accel-buffering': 'no',
    connection: 'keep-alive',
  });
  res.flushHeaders();
  res.write('retry: 2000\n\n');
}

/** One SSE event (`id` when given); `data` as JSON, which holds no line break. */
export function event(name: string, data: unknown, id?: string): string {
  return `${id !== undefined ? `id: ${id}\n` : ''}event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * The `log` event of a page, serialized once for all its viewers: pages are shared (the same
 * `lines` array reaches every viewer of a poller or mirror), so 1,000 viewers cost one
 * JSON.stringify per page instead of 1,000.
 */
const logEvents = new WeakMap<readonly string[], { id: string; text: string }>();

function logEvent(id: string, lines: string[]): string {
  const known = logEvents.get(lines);
  if (known?.id === id) return known.text;
  const text = event(LOG_STREAM_EVENTS.log, wireLines(lines), id);
  logEvents.set(lines, { id, text });
  return text;
}

/** The `status` / `end` event data of an API version (v1: `{status, name}`, v2: `{phase, …}`). */
export type DescribeStatus<S> = (status: S | undefined) => unknown;

export const describeV1Status: DescribeStatus<number> = (s) => ({
  status: s ?? 0,
  name: v1StatusInfo(s ?? 0).name,
});

export const describeV2Status: DescribeStatus<V2StatusEvent> = (s) =>
  s ?? { phase: '', secondary_phase: '' };

/** What a writer may do to its stream: end it, and mark lines the user watches as activity. */
export interface StreamControl {
  close(): void;
  activity(): void;
}

/**
 * The events every live-log stream writes besides its lines (`status`, `end`, `error`, and the
 * `retrying` comment); `control.close` ends the response. One object per stream, methods on the
 * prototype: an idle viewer holds no closures of its own here.
 */
export class SseStreamWriter<S> {
  constructor(
    protected readonly res: ServerResponse,
    private readonly requestId: string,
    protected readonly control: StreamControl,
    private readonly describe: DescribeStatus<S>,
  ) {}

  status(status: S): void {
    this.res.write(event(LOG_STREAM_EVENTS.status, this.describe(status)));
  }

  end(status: S | undefined): void {
    this.res.write(event(LOG_STREAM_EVENTS.end, this.describe(status)));
    this.control.close();
  }

  error(body: ConsoleErrorBody): void {
    this.res.write(event(LOG_STREAM_EVENTS.error, { ...body, request_id: this.requestId }));
    this.control.close();
  }

  // A comment, not an event: EventSource ignores it, so the documented events stay as they are.
  retrying(body: ConsoleErrorBody, delayMs: number): void {
    this.res.write(retryingComment(body, delayMs));
  }
}

/**
 * LogSink that writes the events of shared/src/console/log-stream.ts; each page of lines is
 * `control.activity` (the session's idle timeout restarts).
 */
class SseLogSink<S> extends SseStreamWriter<S> implements LogSink<S> {
  log(id: string, lines: string[]): void {
    this.control.activity();
    this.res.write(logEvent(id, lines));
  }
}

export function sseSink<S>(
  res: ServerResponse,
  requestId: string,
  control: StreamControl,
  describe: DescribeStatus<S>,
): LogSink<S> {
  return new SseLogSink(res, requestId, control, describe);
}

/** `: retrying {"error_code":…,"error_msg":…,"retry_in_ms":…}` (JSON: no line break can get in). */
export function retryingComment(body: ConsoleErrorBody, delayMs: number): string {
  const info = { error_code: body.error_code, error_msg: body.error_msg, retry_in_ms: delayMs };
  return `: retrying ${JSON.stringify(info)}\n\n`;
}
