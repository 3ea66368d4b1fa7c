import {
  ConsoleErrorBodySchema,
  LOG_STREAM_EVENTS,
  LogEventSchema,
  V2EndEventSchema,
  V2StatusEventSchema,
  type V2StatusEvent,
} from '@console/shared';
import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { StreamState } from '../../v1-logs/hooks/use-log-stream.js';
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
 * Follows the log of every task of a v2 job over the BFF's SSE (`/api/logs/v2/{job}/{task}`, ids
 * are byte offsets, so EventSource's automatic `Last-Event-ID` resume loses and repeats nothing).
 * One EventSource per task feeds both the task's own buffer and the merged view. Mount with
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
    const sources = log.tasks.map((task) => {
      const url = v2LogStreamUrl(jobId, task);
      const after = resume[task];
      const source = new EventSource(
        after === undefined ? url : `${url}?last_event_id=${encodeURIComponent(after)}`,
      );
      setState(task, 'connecting');
      source.onopen = () => setState(task, 'live');
      source.addEventListener(LOG_STREAM_EVENTS.log, (event) => {
        const data = parseData(LogEventSchema, event);
        if (!data || data.lines.length === 0) return;
        log.append(task, data.lines);
        if (event instanceof MessageEvent && event.lastEventId) resume[task] = event.lastEventId;
        setRevision((r) => r + 1);
      });
      source.addEventListener(LOG_STREAM_EVENTS.status, (event) => {
        const data = parseData(V2StatusEventSchema, event);
        if (data) onStatusRef.current?.(data);
      });
      source.addEventListener(LOG_STREAM_EVENTS.end, (event) => {
        source.close();
        setState(task, 'ended');
        const data = parseData(V2EndEventSchema, event);
        if (data) onStatusRef.current?.(data);
      });
      source.addEventListener(LOG_STREAM_EVENTS.error, (event) => {
        const body = parseData(ConsoleErrorBodySchema, event);
        if (body) {
          source.close();
          setErrors((e) => ({ ...e, [task]: `${body.error_code}: ${body.error_msg}` }));
          setState(task, 'failed');
          return;
        }
        setState(task, source.readyState === EventSource.CLOSED ? 'failed' : 'reconnecting');
      });
      return source;
    });
    return () => sources.forEach((s) => s.close());
  }, [jobId, log]);

  return { log, revision, states, errors };
}
