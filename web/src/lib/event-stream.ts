import { ConsoleErrorBodySchema, LOG_STREAM_EVENTS, LogEventSchema } from '@console/shared';
import type { z } from 'zod';

/** Where a followed stream stands, as the log views show it. */
export type StreamState = 'connecting' | 'live' | 'reconnecting' | 'ended' | 'failed';

export interface LogStreamHandlers<Status> {
  onState: (state: StreamState) => void;
  /** A batch of lines; `lastEventId` is the cursor after them ('' when the server sent none). */
  onLines: (lines: readonly string[], lastEventId: string) => void;
  /** Every `status` event, and the `end` event's body. */
  onStatus: (event: Status) => void;
  /** The server ended the stream with an error body (`CODE: message`). */
  onError: (message: string) => void;
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

/**
 * The one client of the BFF's log streams (Server-Sent Events): `log`, `status`, `end` and `error`
 * events, parsed and checked. The browser's EventSource reconnects by itself and resends
 * `Last-Event-ID`, so nothing is lost or repeated. Returns the function that closes the stream.
 */
export function openLogStream<S extends z.ZodType, E extends z.ZodType>(
  url: string,
  schemas: { status: S; end: E },
  handlers: LogStreamHandlers<z.output<S> | z.output<E>>,
): () => void {
  const source = new EventSource(url);
  source.onopen = () => handlers.onState('live');
  source.addEventListener(LOG_STREAM_EVENTS.log, (event) => {
    const data = parseEventData(LogEventSchema, event);
    if (!data || data.lines.length === 0) return;
    handlers.onLines(data.lines, event instanceof MessageEvent ? event.lastEventId : '');
  });
  source.addEventListener(LOG_STREAM_EVENTS.status, (event) => {
    const data = parseEventData(schemas.status, event);
    if (data) handlers.onStatus(data);
  });
  source.addEventListener(LOG_STREAM_EVENTS.end, (event) => {
    source.close();
    handlers.onState('ended');
    const data = parseEventData(schemas.end, event);
    if (data) handlers.onStatus(data);
  });
  // Both the server's `event: error` (with a body) and connection failures arrive here.
  source.addEventListener(LOG_STREAM_EVENTS.error, (event) => {
    const body = parseEventData(ConsoleErrorBodySchema, event);
    if (body) {
      source.close();
      handlers.onError(`${body.error_code}: ${body.error_msg}`);
      handlers.onState('failed');
      return;
    }
    handlers.onState(source.readyState === EventSource.CLOSED ? 'failed' : 'reconnecting');
  });
  return () => source.close();
}
