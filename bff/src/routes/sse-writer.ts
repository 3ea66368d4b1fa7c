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

function event(name: string, data: unknown, id?: string): string {
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

/** LogSink that writes the events of shared/src/console/log-stream.ts; `close` ends the response. */
export function sseSink<S>(
  res: ServerResponse,
  requestId: string,
  close: () => void,
  describe: DescribeStatus<S>,
): LogSink<S> {
  return {
    log: (id, lines) => res.write(logEvent(id, lines)),
    status: (status) => res.write(event(LOG_STREAM_EVENTS.status, describe(status))),
    end: (status) => {
      res.write(event(LOG_STREAM_EVENTS.end, describe(status)));
      close();
    },
    error: (body: ConsoleErrorBody) => {
      res.write(event(LOG_STREAM_EVENTS.error, { ...body, request_id: requestId }));
      close();
    },
    // A comment, not an event: EventSource ignores it, so the documented events stay as they are.
    retrying: (body, delayMs) => res.write(retryingComment(body, delayMs)),
  };
}

/** `: retrying {"error_code":…,"error_msg":…,"retry_in_ms":…}` (JSON: no line break can get in). */
export function retryingComment(body: ConsoleErrorBody, delayMs: number): string {
  const info = { error_code: body.error_code, error_msg: body.error_msg, retry_in_ms: delayMs };
  return `: retrying ${JSON.stringify(info)}\n\n`;
}

export function heartbeat(res: ServerResponse, everyMs: number): NodeJS.Timeout {
  const t = setInterval(() => res.write(': heartbeat\n\n'), everyMs);
  t.unref();
  return t;
}
