import {
  ConsoleErrorBodySchema,
  EndEventSchema,
  LOG_STREAM_EVENTS,
  LogEventSchema,
  StatusEventSchema,
  type StatusEvent,
} from '@console/shared';
import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { LogBuffer } from '../../../lib/log-buffer.js';

export type StreamState = 'connecting' | 'live' | 'reconnecting' | 'ended' | 'failed';

export interface LogStream {
  lines: readonly string[];
  /** Changes on every append, so consumers re-render although `lines` is the same array. */
  revision: number;
  dropped: number;
  state: StreamState;
  status: StatusEvent | null;
  error: string | null;
}

function parseData<S extends z.ZodType>(schema: S, event: Event): z.output<S> | null {
  if (!(event instanceof MessageEvent) || typeof event.data !== 'string') return null;
  try {
    const parsed = schema.safeParse(JSON.parse(event.data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Follows one log file over the BFF's Server-Sent Events. The browser's EventSource reconnects by
 * itself and resends `Last-Event-ID` (the cursor of the last line it got), so nothing is lost or repeated.
 * `onStatus` runs on every `status` and `end` event. Mount it with `key={url}`: one hook, one stream.
 */
export function useLogStream(
  url: string | null,
  onStatus?: (event: StatusEvent) => void,
): LogStream {
  const [buffer] = useState(() => new LogBuffer());
  const [revision, setRevision] = useState(0);
  const [state, setState] = useState<StreamState>('connecting');
  const [status, setStatus] = useState<StatusEvent | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The cursor of the last line appended, for the stream it came from.
  const resumeRef = useRef<{ url: string; id: string } | null>(null);
  const onStatusRef = useRef(onStatus);
  useEffect(() => {
    onStatusRef.current = onStatus;
  }, [onStatus]);

  useEffect(() => {
    if (!url) return;
    const lines = buffer;
    // The effect can run again on the same lines (React runs it anew when a hidden tab shows
    // again, keeping the state): resume after the last line instead of appending the log twice.
    const resume = resumeRef.current?.url === url ? resumeRef.current.id : null;
    const source = new EventSource(
      resume === null
        ? url
        : `${url}${url.includes('?') ? '&' : '?'}last_event_id=${encodeURIComponent(resume)}`,
    );
    source.onopen = () => setState('live');
    source.addEventListener(LOG_STREAM_EVENTS.log, (event) => {
      const data = parseData(LogEventSchema, event);
      if (!data || data.lines.length === 0) return;
      lines.append(data.lines);
      if (event instanceof MessageEvent && event.lastEventId)
        resumeRef.current = { url, id: event.lastEventId };
      setRevision((r) => r + 1);
    });
    source.addEventListener(LOG_STREAM_EVENTS.status, (event) => {
      const data = parseData(StatusEventSchema, event);
      if (!data) return;
      setStatus(data);
      onStatusRef.current?.(data);
    });
    source.addEventListener(LOG_STREAM_EVENTS.end, (event) => {
      source.close();
      setState('ended');
      const data = parseData(EndEventSchema, event);
      if (data) {
        setStatus(data);
        onStatusRef.current?.(data);
      }
    });
    // Both the server's `event: error` (with a body) and connection failures arrive here.
    source.addEventListener(LOG_STREAM_EVENTS.error, (event) => {
      const body = parseData(ConsoleErrorBodySchema, event);
      if (body) {
        source.close();
        setError(`${body.error_code}: ${body.error_msg}`);
        setState('failed');
        return;
      }
      setState(source.readyState === EventSource.CLOSED ? 'failed' : 'reconnecting');
    });
    return () => source.close();
  }, [url, buffer]);

  return { lines: buffer.lines, revision, dropped: buffer.dropped, state, status, error };
}
