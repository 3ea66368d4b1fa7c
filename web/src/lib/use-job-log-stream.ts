import type { z } from 'zod';
import { QueryClientContext } from '@tanstack/react-query';
import { useContext, useEffect, useRef, useState } from 'react';
import { openLogStream, type StreamState } from './event-stream.js';
import { JobLog } from './job-log.js';
import { takeDrawnLog, useDrawnLogs } from './drawn-log.js';
import { rememberedLog } from './log-memory.js';

export interface JobLogStream {
  log: JobLog;
  /** Changes on every append (the buffers are appended in place). */
  revision: number;
  state: StreamState;
  /** The stream's own failure (`CODE: message`), if it ended with one. */
  error: string | null;
  /** Per worker, why its log stopped (the others go on). */
  workerErrors: Record<string, string>;
}

/**
 * Follows every worker of a job over ONE Server-Sent Events connection (the BFF's job stream,
 * shared/src/console/job-log-stream.ts): each `log` event names its worker; its id is the cursor
 * of every worker, so the browser's `Last-Event-ID` resume loses and repeats no worker's line.
 * The per-worker views and the merged view are filters of it (lib/job-log.ts). Mount it with
 * `key={url}`: one hook, one stream. The lines and the cursor after them live in the page's memory
 * (lib/log-memory.ts): mounted again — signed in again, back on the job, a hidden tab shown — it
 * shows the same lines and resumes after them; so does a page drawn on the server (drawn-log.ts).
 */
export function useJobLogStream<S extends z.ZodType, E extends z.ZodType>(
  url: string,
  workers: readonly string[],
  schemas: { status: S; end: E },
  onStatus?: (event: z.output<S> | z.output<E>) => void,
): JobLogStream {
  // on the server, the lines read for this drawing; in the browser, the page's memory, which
  // takes the lines a drawn page came with first (drawn-log.ts)
  const drawn = useDrawnLogs();
  const queryClient = useContext(QueryClientContext);
  const [memory] = useState(
    () =>
      drawn?.(url, workers) ??
      (queryClient && takeDrawnLog(queryClient, url)) ??
      rememberedLog(url, () => new JobLog(workers)),
  );
  const [revision, setRevision] = useState(0);
  const [state, setState] = useState<StreamState>('connecting');
  const [error, setError] = useState<string | null>(null);
  const [workerErrors, setWorkerErrors] = useState<Record<string, string>>({});
  const onStatusRef = useRef(onStatus);
  const schemasRef = useRef(schemas);
  useEffect(() => {
    onStatusRef.current = onStatus;
  }, [onStatus]);

  useEffect(() => {
    const { log, cursors } = memory;
    // The effect can run again on the same lines (a hidden tab shown again, a remount): it
    // resumes after the last line instead of appending the log twice.
    return openLogStream(
      url,
      schemasRef.current,
      {
        onState: setState,
        onLines: (lines, lastEventId, worker, own) => {
          if (worker === undefined) return;
          log.append(worker, lines, own);
          if (lastEventId) cursors.set(url, lastEventId);
          setRevision((r) => r + 1);
        },
        onStatus: (data) => onStatusRef.current?.(data),
        onError: setError,
        onWorkerError: (worker, message) => setWorkerErrors((e) => ({ ...e, [worker]: message })),
        onPreview: (worker, lines) => {
          log.preview(worker, lines);
          setRevision((r) => r + 1);
        },
      },
      { lastEventId: cursors.get(url) ?? null },
    );
  }, [url, memory]);

  return { log: memory.log, revision, state, error, workerErrors };
}
