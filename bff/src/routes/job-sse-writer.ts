import type { ServerResponse } from 'node:http';
import {
  JOB_LOG_STREAM_EVENTS,
  LOG_STREAM_EVENTS,
  type ConsoleErrorBody,
  type WorkerErrorEvent,
} from '@console/shared';
import { wireLines } from '../services/log-tail/console-lines.js';
import type { JobSink } from '../services/log-tail/job-tail.js';
import { retryingComment, type DescribeStatus } from './sse-writer.js';

function event(name: string, data: unknown, id?: string): string {
  return `${id !== undefined ? `id: ${id}\n` : ''}event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * JobSink writing the events of shared/src/console/job-log-stream.ts; `close` ends the response;
 * `activity` runs on each batch of lines (the session's idle timeout restarts).
 */
export function jobSseSink<S>(
  res: ServerResponse,
  requestId: string,
  close: () => void,
  describe: DescribeStatus<S>,
  activity: () => void,
): JobSink<S> {
  return {
    log: (id, worker, lines) => {
      activity();
      res.write(event(LOG_STREAM_EVENTS.log, { worker, ...wireLines(lines) }, id));
    },
    status: (status) => res.write(event(LOG_STREAM_EVENTS.status, describe(status))),
    end: (status) => {
      res.write(event(LOG_STREAM_EVENTS.end, describe(status)));
      close();
    },
    workerError: (worker, body) => {
      const data: WorkerErrorEvent = {
        worker,
        error_code: body.error_code,
        error_msg: body.error_msg,
      };
      res.write(event(JOB_LOG_STREAM_EVENTS.workerError, data));
    },
    error: (body: ConsoleErrorBody) => {
      res.write(event(LOG_STREAM_EVENTS.error, { ...body, request_id: requestId }));
      close();
    },
    retrying: (body, delayMs) => res.write(retryingComment(body, delayMs)),
  };
}
