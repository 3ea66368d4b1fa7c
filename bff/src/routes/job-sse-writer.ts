import type { ServerResponse } from 'node:http';
import {
  JOB_LOG_STREAM_EVENTS,
  LOG_STREAM_EVENTS,
  type ConsoleErrorBody,
  type WorkerErrorEvent,
} from '@console/shared';
import { wireLines } from '../services/log-tail/console-lines.js';
import type { JobSink } from '../services/log-tail/job-tail.js';
import { retryingComment, type DescribeStatus, type StreamControl } from './sse-writer.js';

function event(name: string, data: unknown, id?: string): string {
  return `${id !== undefined ? `id: ${id}\n` : ''}event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * JobSink writing the events of shared/src/console/job-log-stream.ts; `control.close` ends the
 * response, and each batch of lines is `control.activity` (the session's idle timeout restarts).
 */
class JobSseSink<S> implements JobSink<S> {
  constructor(
    private readonly res: ServerResponse,
    private readonly requestId: string,
    private readonly control: StreamControl,
    private readonly describe: DescribeStatus<S>,
  ) {}

  log(id: string, worker: string, lines: string[]): void {
    this.control.activity();
    this.res.write(event(LOG_STREAM_EVENTS.log, { worker, ...wireLines(lines) }, id));
  }

  status(status: S): void {
    this.res.write(event(LOG_STREAM_EVENTS.status, this.describe(status)));
  }

  end(status: S | undefined): void {
    this.res.write(event(LOG_STREAM_EVENTS.end, this.describe(status)));
    this.control.close();
  }

  workerError(worker: string, body: ConsoleErrorBody): void {
    const data: WorkerErrorEvent = {
      worker,
      error_code: body.error_code,
      error_msg: body.error_msg,
    };
    this.res.write(event(JOB_LOG_STREAM_EVENTS.workerError, data));
  }

  error(body: ConsoleErrorBody): void {
    this.res.write(event(LOG_STREAM_EVENTS.error, { ...body, request_id: this.requestId }));
    this.control.close();
  }

  retrying(body: ConsoleErrorBody, delayMs: number): void {
    this.res.write(retryingComment(body, delayMs));
  }
}

export function jobSseSink<S>(
  res: ServerResponse,
  requestId: string,
  control: StreamControl,
  describe: DescribeStatus<S>,
): JobSink<S> {
  return new JobSseSink(res, requestId, control, describe);
}
