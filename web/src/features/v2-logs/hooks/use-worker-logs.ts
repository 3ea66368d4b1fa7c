import { V2EndEventSchema, V2StatusEventSchema, type V2StatusEvent } from '@console/shared';
import { useEffect, useRef, useState } from 'react';
import { openLogStream, type StreamState } from '../../../lib/event-stream.js';
import { olderSearchParams, type OlderSearchQuery } from '../../../lib/log-search-stream.js';
import { rememberedLog } from '../../../lib/log-memory.js';
import { MergedLog } from '../merged-log.js';

export function v2LogStreamUrl(jobId: string, task: string): string {
  return `/api/logs/v2/${encodeURIComponent(jobId)}/${encodeURIComponent(task)}`;
}

/** The server-side search of one task's log (lines older than the browser holds). */
export function v2LogSearchUrl(jobId: string, task: string, q: OlderSearchQuery): string {
  return `${v2LogStreamUrl(jobId, task)}/search?${olderSearchParams(q)}`;
}

export function v2LogDownloadUrl(jobId: string, task: string): string {
  return `${v2LogStreamUrl(jobId, task)}/download`;
}

export interface WorkerLogs {
  log: MergedLog;
  /** Changes on every append (the buffers are appended in place). */
  revision: number;
  states: Record<string, StreamState>;
  errors: Record<string, string>;
}

/**
 * Follows the log of every task of a v2 job over the BFF's SSE (`/api/logs/v2/{job}/{task}`, ids
 * are byte offsets, so EventSource's automatic `Last-Event-ID` resume loses and repeats nothing).
 * One stream per task feeds both the task's own buffer and the merged view. Mount with
 * `key={tasks.join()}`: one hook instance per task list. The lines and each task's cursor live in
 * the page's memory (lib/log-memory.ts): mounted again (signed in again, back on the job) it shows
 * the same lines and every task resumes after its last one.
 */
export function useWorkerLogs(
  jobId: string,
  tasks: readonly string[],
  onStatus?: (event: V2StatusEvent) => void,
): WorkerLogs {
  const [memory] = useState(() =>
    rememberedLog(`${v2LogStreamUrl(jobId, '')}#${tasks.join(',')}`, () => new MergedLog(tasks)),
  );
  const log = memory.log;
  const [revision, setRevision] = useState(0);
  const [states, setStates] = useState<Record<string, StreamState>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onStatusRef = useRef(onStatus);
  useEffect(() => {
    onStatusRef.current = onStatus;
  }, [onStatus]);

  useEffect(() => {
    const setState = (task: string, state: StreamState) =>
      setStates((s) => (s[task] === state ? s : { ...s, [task]: state }));
    // Per task stream, the cursor of the last line appended: a re-run of the effect on the same
    // buffers (a hidden tab shown again, a remount) resumes there instead of appending it twice.
    const { cursors } = memory;
    const closers = log.tasks.map((task) => {
      const url = v2LogStreamUrl(jobId, task);
      const close = openLogStream(
        url,
        { status: V2StatusEventSchema, end: V2EndEventSchema },
        {
          onState: (state) => setState(task, state),
          onLines: (lines, lastEventId) => {
            log.append(task, lines);
            if (lastEventId) cursors.set(url, lastEventId);
            setRevision((r) => r + 1);
          },
          onStatus: (data) => onStatusRef.current?.(data),
          onError: (message) => setErrors((e) => ({ ...e, [task]: message })),
        },
        { lastEventId: cursors.get(url) ?? null },
      );
      setState(task, 'connecting');
      return close;
    });
    return () => closers.forEach((close) => close());
  }, [jobId, log, memory]);

  return { log, revision, states, errors };
}
