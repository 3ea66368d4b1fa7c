import { V2EndEventSchema, V2StatusEventSchema, type V2StatusEvent } from '@console/shared';
import { useEffect, useRef, useState } from 'react';
import { openLogStream, withLastEventId, type StreamState } from '../../../lib/event-stream.js';
import { MergedLog } from '../merged-log.js';

export function v2LogStreamUrl(jobId: string, task: string): string {
  return `/api/logs/v2/${encodeURIComponent(jobId)}/${encodeURIComponent(task)}`;
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
 * `key={tasks.join()}`: one hook instance per task list.
 */
export function useWorkerLogs(
  jobId: string,
  tasks: readonly string[],
  onStatus?: (event: V2StatusEvent) => void,
): WorkerLogs {
  const [log] = useState(() => new MergedLog(tasks));
  const [revision, setRevision] = useState(0);
  const [states, setStates] = useState<Record<string, StreamState>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Per task, the cursor of the last line appended (for this job): a re-run of the effect on the
  // same buffers (a hidden tab shown again) resumes there instead of appending the log twice.
  const resumeRef = useRef<{ jobId: string; ids: Record<string, string> }>({ jobId, ids: {} });
  const onStatusRef = useRef(onStatus);
  useEffect(() => {
    onStatusRef.current = onStatus;
  }, [onStatus]);

  useEffect(() => {
    const setState = (task: string, state: StreamState) =>
      setStates((s) => (s[task] === state ? s : { ...s, [task]: state }));
    if (resumeRef.current.jobId !== jobId) resumeRef.current = { jobId, ids: {} };
    const resume = resumeRef.current.ids;
    const closers = log.tasks.map((task) => {
      const close = openLogStream(
        withLastEventId(v2LogStreamUrl(jobId, task), resume[task]),
        { status: V2StatusEventSchema, end: V2EndEventSchema },
        {
          onState: (state) => setState(task, state),
          onLines: (lines, lastEventId) => {
            log.append(task, lines);
            if (lastEventId) resume[task] = lastEventId;
            setRevision((r) => r + 1);
          },
          onStatus: (data) => onStatusRef.current?.(data),
          onError: (message) => setErrors((e) => ({ ...e, [task]: message })),
        },
      );
      setState(task, 'connecting');
      return close;
    });
    return () => closers.forEach((close) => close());
  }, [jobId, log]);

  return { log, revision, states, errors };
}
