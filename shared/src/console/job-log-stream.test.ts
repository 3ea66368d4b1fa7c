import { describe, expect, it } from 'vitest';
import {
  DiagnosisEventSchema,
  diagnosisPaths,
  DiagnosisSchema,
  DiagnosisWorkerSchema,
  type DiagnosisWorker,
} from './diagnosis.js';
import {
  JOB_LOG_STREAM_EVENTS,
  JobLogEventSchema,
  jobLogStreamPaths,
  jobLogStreamRoutes,
  MAX_JOB_LOG_WORKERS,
  WorkerErrorEventSchema,
  workersSchema,
} from './job-log-stream.js';
import { JOB_NOTIFICATION_LOG_LINES, JobNotificationSchema } from './job-notification.js';
import { EndEventSchema, LogEventSchema } from './log-stream.js';

const workers = workersSchema(/^worker-\d+$/, 'task names (worker-N)');

/** The messages of the issues with their paths, or the parsed names. */
const read = (value: unknown) => {
  const r = workers.safeParse(value);
  return r.success ? r.data : r.error.issues.map((i) => [i.path, i.message]);
};
const names = (n: number) => Array.from({ length: n }, (_, i) => `worker-${i}`);

describe('?workers= of the job streams', () => {
  it('splits a comma-separated list', () => {
    expect(read('worker-0')).toEqual(['worker-0']);
    expect(read('worker-1,worker-0')).toEqual(['worker-1', 'worker-0']);
    expect(read(names(MAX_JOB_LOG_WORKERS).join(','))).toEqual(names(MAX_JOB_LOG_WORKERS));
  });

  it.each([
    ['', 'workers is required'],
    [undefined, 'workers is required'],
    [names(MAX_JOB_LOG_WORKERS + 1).join(','), 'workers may name at most 32 workers'],
    ['worker-0,,worker-1', 'workers must be a comma-separated list of task names (worker-N)'],
    ['worker-0,', 'workers must be a comma-separated list of task names (worker-N)'],
    ['worker-0, worker-1', 'workers must be a comma-separated list of task names (worker-N)'],
    ['worker-0,worker-1,worker-0', 'workers must not name a worker twice'],
  ])('refuses %j: %s (as an issue of the field itself)', (value, message) =>
    expect(read(value)).toEqual([[[], message]]),
  );

  it('refuses a list longer than 32 names could be before splitting it', () => {
    expect(read('w'.repeat(MAX_JOB_LOG_WORKERS * 130))).toEqual([
      [[], 'workers must be a comma-separated list of task names (worker-N)'],
    ]);
    expect(read('w'.repeat(MAX_JOB_LOG_WORKERS * 130 + 1))).toEqual([[[], 'workers is too long']]);
  });
});

describe('job stream paths and routes', () => {
  it('encodes the ids and each worker, keeps the commas', () => {
    expect(jobLogStreamPaths.v1(7, 'v 2', ['a.log', 'b,c.log'])).toBe(
      '/api/logs/job/v1/7/v%202?workers=a.log,b%2Cc.log',
    );
    expect(jobLogStreamPaths.v2('j/1', ['worker-0', 'worker-1'])).toBe(
      '/api/logs/job/v2/j%2F1?workers=worker-0,worker-1',
    );
  });

  it('routes and event names', () => {
    expect(jobLogStreamRoutes).toEqual({ v1: '/job/v1/:jobId/:versionId', v2: '/job/v2/:jobId' });
    expect(JOB_LOG_STREAM_EVENTS.workerError).toBe('worker_error');
  });
});

describe('diagnosis', () => {
  const worker: DiagnosisWorker = {
    worker: 'worker-0',
    exit_code: 1,
    failed: true,
    error: {
      kind: 'oom',
      label: 'Out of memory',
      line: 12,
      text: 'CUDA out of memory',
      context: [{ line: 12, text: 'CUDA out of memory' }],
    },
    tail: [],
    bytes_read: 0,
    truncated: false,
  };
  const diagnosis = { api: 'v2', failed: true, status: 'Failed', workers: [worker], events: [] };

  it('reads a diagnosis, with and without an error line', () => {
    expect(DiagnosisSchema.parse(diagnosis)).toEqual(diagnosis);
    const noError = { ...worker, error: null, exit_code: null, log_file: 'f.log', problem: 'p' };
    expect(DiagnosisWorkerSchema.parse(noError)).toEqual(noError);
  });

  it.each([
    ['an unknown kind', { error: { ...worker.error, kind: 'segfault' } }],
    ['line 0', { error: { ...worker.error, line: 0 } }],
    ['a context line 0', { error: { ...worker.error!, context: [{ line: 0, text: '' }] } }],
    ['a tail line 1.5', { tail: [{ line: 1.5, text: '' }] }],
    ['a fractional exit code', { exit_code: 1.5 }],
    ['negative bytes', { bytes_read: -1 }],
    ['fractional bytes', { bytes_read: 0.5 }],
  ])('refuses a worker with %s', (_why, patch) =>
    expect(DiagnosisWorkerSchema.safeParse({ ...worker, ...patch }).success).toBe(false),
  );

  it('api is v1 or v2', () => {
    expect(DiagnosisSchema.safeParse({ ...diagnosis, api: 'v1' }).success).toBe(true);
    expect(DiagnosisSchema.safeParse({ ...diagnosis, api: 'v3' }).success).toBe(false);
  });

  it('encodes the ids in its paths', () => {
    expect(diagnosisPaths.v1(3, 'a/b')).toBe('/api/diagnosis/v1/3/a%2Fb');
    expect(diagnosisPaths.v2('j 1')).toBe('/api/diagnosis/v2/j%201');
  });
});

describe('job notification', () => {
  const note = {
    event: 'job.finished',
    job: { id: '1', name: 'n', api: 'v1', version: 'V0001', version_id: '2' },
    status: 'Completed',
    duration_seconds: 0,
    log_tail: Array.from({ length: JOB_NOTIFICATION_LOG_LINES }, () => 'l'),
    link: null,
    sent_at: 't',
  };

  it('carries at most 20 log lines and a non-negative duration', () => {
    expect(JobNotificationSchema.parse(note)).toEqual(note);
    const bad = [
      { log_tail: [...note.log_tail, 'l'] },
      { duration_seconds: -1 },
      { event: 'job.started' },
      { job: { ...note.job, api: 'v3' } },
    ];
    for (const patch of bad)
      expect(JobNotificationSchema.safeParse({ ...note, ...patch }).success).toBe(false);
  });
});

describe('stream event bodies', () => {
  it.each([
    ['job log', JobLogEventSchema, { worker: 'worker-0', lines: ['a'] }, { lines: ['a'] }],
    [
      'worker error',
      WorkerErrorEventSchema,
      { worker: 'w', error_code: 'Console.0404', error_msg: 'gone' },
      { worker: 'w', error_code: 'Console.0404' },
    ],
    ['log', LogEventSchema, { lines: [] }, { lines: 'a' }],
    ['end', EndEventSchema, { status: 10, name: 'JOBSTAT_COMPLETED' }, { status: 10 }],
    [
      'diagnosis event',
      DiagnosisEventSchema,
      { time: 't', level: 'Error', message: 'm' },
      { time: 't' },
    ],
  ] as const)('%s: reads a whole body, refuses a partial one', (_name, schema, whole, partial) => {
    expect(schema.parse(whole)).toEqual(whole);
    expect(schema.safeParse(partial).success).toBe(false);
  });

  it('a notification comes from a v1 or a v2 job', () => {
    const job = { id: '1', name: 'n', api: 'v2', version: null, version_id: null };
    const note = { event: 'job.finished', job, status: 'Completed', duration_seconds: 1 };
    const body = { ...note, log_tail: [], link: 'https://c/jobs/1', sent_at: 't' };
    expect(JobNotificationSchema.parse(body)).toEqual(body);
  });
});
