import type { ServerResponse } from 'node:http';
import {
  JOB_LOG_STREAM_EVENTS,
  LOG_STREAM_EVENTS,
  type ConsoleErrorBody,
  type JobPreviewEvent,
  type WorkerErrorEvent,
} from '@console/shared';
import { wireLines } from '../services/log-tail/console-lines.js';
import type { JobSink } from '../services/log-tail/job-tail.js';
import { event, SseStreamWriter, type DescribeStatus, type StreamControl } from './sse-writer.js';

/**
 * JobSink writing the events of shared/src/console/job-log-stream.ts: each batch of lines names
 * its worker and is `control.activity` (the session's idle timeout restarts).
 */
class JobSseSink<S> extends SseStreamWriter<S> implements JobSink<S> {
  log(id: string, worker: string, lines: string[]): void {
    this.control.activity();
    this.res.write(event(LOG_STREAM_EVENTS.log, { worker, ...wireLines(lines) }, id));
  }

  preview(worker: string, lines: string[]): void {
    const data: JobPreviewEvent = { worker, lines };
    this.res.write(event(JOB_LOG_STREAM_EVENTS.preview, data));
  }

  workerError(worker: string, body: ConsoleErrorBody): void {
    const data: WorkerErrorEvent = {
      worker,
      error_code: body.error_code,
      error_msg: body.error_msg,
    };
    this.res.write(event(JOB_LOG_STREAM_EVENTS.workerError, data));
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
