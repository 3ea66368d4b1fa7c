import { EndEventSchema, StatusEventSchema, type StatusEvent } from '@console/shared';
import { useEffect, useRef, useState } from 'react';
import { openLogStream, type StreamState } from '../../../lib/event-stream.js';
import { LogBuffer } from '../../../lib/log-buffer.js';
import { rememberedLog, type RememberedLog } from '../../../lib/log-memory.js';

export interface LogStream {
  lines: readonly string[];
  /** Changes on every append, so consumers re-render although `lines` is the same array. */
  revision: number;
  dropped: number;
  state: StreamState;
  status: StatusEvent | null;
  error: string | null;
}

const unremembered = (): RememberedLog<LogBuffer> => ({ log: new LogBuffer(), cursors: new Map() });

/**
 * Follows one log file over the BFF's Server-Sent Events (lib/event-stream.ts).
 * `onStatus` runs on every `status` and `end` event. Mount it with `key={url}`: one hook, one stream.
 * The lines and the cursor after them live in the page's memory (lib/log-memory.ts): mounted again
 * — signed in again after the session ended, back on the job, a hidden tab shown — it shows the
 * same lines and resumes after the last one, so no line is shown twice.
 */
export function useLogStream(
  url: string | null,
  onStatus?: (event: StatusEvent) => void,
): LogStream {
  const [memory] = useState(() =>
    url ? rememberedLog(url, () => new LogBuffer()) : unremembered(),
  );
  const [revision, setRevision] = useState(0);
  const [state, setState] = useState<StreamState>('connecting');
  const [status, setStatus] = useState<StatusEvent | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onStatusRef = useRef(onStatus);
  useEffect(() => {
    onStatusRef.current = onStatus;
  }, [onStatus]);

  useEffect(() => {
    if (!url) return;
    const { log: lines, cursors } = memory;
    // The effect can run again on the same lines (React runs it anew when a hidden tab shows
    // again, keeping the state; a remount finds them remembered): resume after the last line
    // instead of appending the log twice.
    return openLogStream(
      url,
      { status: StatusEventSchema, end: EndEventSchema },
      {
        onState: setState,
        onLines: (batch, lastEventId) => {
          lines.append(batch);
          if (lastEventId) cursors.set(url, lastEventId);
          setRevision((r) => r + 1);
        },
        onStatus: (data) => {
          setStatus(data);
          onStatusRef.current?.(data);
        },
        onError: setError,
      },
      { lastEventId: cursors.get(url) ?? null },
    );
  }, [url, memory]);

  const buffer = memory.log;
  return { lines: buffer.lines, revision, dropped: buffer.dropped, state, status, error };
}
