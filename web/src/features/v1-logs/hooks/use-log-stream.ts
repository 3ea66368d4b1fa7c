import { EndEventSchema, StatusEventSchema, type StatusEvent } from '@console/shared';
import { useEffect, useRef, useState } from 'react';
import { openLogStream, withLastEventId, type StreamState } from '../../../lib/event-stream.js';
import { LogBuffer } from '../../../lib/log-buffer.js';

export interface LogStream {
  lines: readonly string[];
  /** Changes on every append, so consumers re-render although `lines` is the same array. */
  revision: number;
  dropped: number;
  state: StreamState;
  status: StatusEvent | null;
  error: string | null;
}

/**
 * Follows one log file over the BFF's Server-Sent Events (lib/event-stream.ts).
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
    return openLogStream(
      withLastEventId(url, resume),
      { status: StatusEventSchema, end: EndEventSchema },
      {
        onState: setState,
        onLines: (batch, lastEventId) => {
          lines.append(batch);
          if (lastEventId) resumeRef.current = { url, id: lastEventId };
          setRevision((r) => r + 1);
        },
        onStatus: (data) => {
          setStatus(data);
          onStatusRef.current?.(data);
        },
        onError: setError,
      },
    );
  }, [url, buffer]);

  return { lines: buffer.lines, revision, dropped: buffer.dropped, state, status, error };
}
