import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DiagnosisSchema, type JobEvent, type JobStatus } from '@console/shared';
import type { DiagnosisClient } from '../clients/diagnosis-client.js';
import { ModelArtsCallError } from '../clients/modelarts-client.js';
import { createLogger } from '../logger.js';
import { errorHandler } from '../middleware/error-handler.js';
import { requestLogger } from '../middleware/request-logger.js';
import type { Session } from '../services/session-store.js';
import { FakeLogClient } from '../test-support/fake-log-client.js';
import { FakeV2LogClient } from '../test-support/fake-v2-log-client.js';
import { diagnosisRouter } from './diagnosis.js';

const TRACEBACK = [
  'Traceback (most recent call last):',
  '  File "train.py", line 3, in <module>',
  '    main()',
  'RuntimeError: dataset is corrupted',
];
const session: Session = {
  token: 'MIItoken-diag',
  projectId: 'p1',
  projectName: 'eu-de',
  user: 'u',
  domain: 'd',
  expiresAt: Date.now() + 3_600_000,
};

class FakeDiagnosisClient implements DiagnosisClient {
  files = ['worker-0.log', 'worker-1.log'];
  status: JobStatus = { phase: 'Failed', secondary_phase: 'Failed', tasks: [], task_statuses: [] };
  eventList: JobEvent[] = [];
  calls = 0;
  async logFiles(): Promise<string[]> {
    this.calls += 1;
    return this.files;
  }
  async jobStatus(): Promise<JobStatus> {
    return this.status;
  }
  async events(): Promise<JobEvent[]> {
    return this.eventList;
  }
}

describe('GET /api/diagnosis', () => {
  const files = new Map<string, FakeLogClient>();
  const v1 = new FakeLogClient();
  const v2 = new FakeV2LogClient();
  const client = new FakeDiagnosisClient();
  let who: Session | undefined = session;
  let obs: http.Server;
  const obsFiles = new Map<string, string>();
  const app = express();

  beforeAll(async () => {
    obs = http.createServer((req, res) => {
      const body = obsFiles.get(req.url ?? '');
      res.writeHead(body === undefined ? 404 : 200).end(body);
    });
    await new Promise<void>((r) => obs.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(obs.address() as AddressInfo).port}`;
    // v1 reads go to one fake per log file; the status comes from `v1`
    const perFile = {
      versionStatus: v1.versionStatus.bind(v1),
      readAomLog: (
        t: { logFile: string },
        token: string,
        q: Parameters<FakeLogClient['readAomLog']>[2],
      ) => (files.get(t.logFile) ?? new FakeLogClient()).readAomLog(t as never, token, q),
    };
    v2.logUrl = async (t) => `${base}/${t.taskId}.log`;
    app.use(requestLogger(createLogger('silent')));
    app.use((req, _res, next) => {
      if (who) req.session = who;
      next();
    });
    app.use(
      '/api/diagnosis',
      diagnosisRouter({ v1: perFile, v2, client, modelartsEndpoint: base, obsDownloadHosts: [] }),
    );
    app.use(errorHandler);
  });
  afterAll(() => new Promise<void>((r) => obs.close(() => r())));
  beforeEach(() => {
    who = session;
  });

  it('v1: the failed worker, its exit code and its traceback, cached for the version', async () => {
    const w0 = new FakeLogClient();
    w0.print(5, 'ok');
    w0.lines.push('[ModelArts Service Log]Training terminated by SIGTERM');
    const w1 = new FakeLogClient();
    w1.print(1200, 'step');
    w1.lines.push(...TRACEBACK, '[ModelArts Service Log]Training failed with exit code 1');
    files.set('worker-0.log', w0).set('worker-1.log', w1);
    v1.status = 11;
    const r = await request(app).get('/api/diagnosis/v1/12/34').expect(200);
    const d = DiagnosisSchema.parse(r.body);
    expect(d).toMatchObject({ api: 'v1', failed: true, status: 'Failed', events: [] });
    expect(d.workers).toHaveLength(1);
    expect(d.workers[0]).toMatchObject({
      worker: 'worker-1.log',
      exit_code: 1,
      failed: true,
      truncated: false,
      error: { kind: 'traceback', line: 1204, text: 'RuntimeError: dataset is corrupted' },
    });
    expect(r.headers['cache-control']).toBe('no-store');
    const before = client.calls;
    await request(app).get('/api/diagnosis/v1/12/34').expect(200);
    expect(client.calls).toBe(before);
    expect(JSON.stringify(r.body)).not.toContain(session.token);
  });

  it('v1: a job that has not failed is not diagnosed', async () => {
    v1.status = 8;
    const r = await request(app).get('/api/diagnosis/v1/12/35').expect(200);
    expect(r.body).toEqual({
      api: 'v1',
      failed: false,
      status: 'Running',
      workers: [],
      events: [],
    });
  });

  it('v2: the failed task with its exit code, its error line and the error events', async () => {
    client.status = {
      phase: 'Failed',
      secondary_phase: 'Failed',
      tasks: ['worker-0', 'worker-1'],
      task_statuses: [
        { task: 'worker-0', exit_code: 143 },
        { task: 'worker-1', exit_code: 1 },
      ],
    };
    client.eventList = [
      { time: 't1', level: 'Info', message: 'Training job is running.' },
      { time: 't2', level: 'Error', message: '[worker-1] Training failed: exit with 1' },
    ];
    obsFiles.set('/worker-1.log', ['a', 'b', ...TRACEBACK, 'c'].join('\n'));
    obsFiles.set('/worker-0.log', 'fine\n');
    const r = await request(app).get('/api/diagnosis/v2/job-1').expect(200);
    const d = DiagnosisSchema.parse(r.body);
    expect(d.events).toEqual([
      { time: 't2', level: 'Error', message: '[worker-1] Training failed: exit with 1' },
    ]);
    expect(d.workers.map((w) => [w.worker, w.exit_code])).toEqual([
      ['worker-1', 1],
      ['worker-0', 143],
    ]);
    expect(d.workers[0]?.error).toMatchObject({
      line: 6,
      text: 'RuntimeError: dataset is corrupted',
    });
    expect(d.workers[1]).toMatchObject({ error: null, tail: [{ line: 1, text: 'fine' }] });
  });

  it('v2: a task log that cannot be read is said, and not cached', async () => {
    client.status = {
      phase: 'Failed',
      tasks: ['worker-9'],
      task_statuses: [{ task: 'worker-9', exit_code: 2 }],
    };
    const r = await request(app).get('/api/diagnosis/v2/job-2').expect(200);
    expect(r.body.workers[0].problem).toMatch(/could not be read/);
    obsFiles.set('/worker-9.log', 'Killed\n');
    const again = await request(app).get('/api/diagnosis/v2/job-2').expect(200);
    expect(again.body.workers[0].error).toMatchObject({ kind: 'killed', line: 1 });
  });

  it('refuses without a session, a portal session without a role, and bad ids (naming them)', async () => {
    who = undefined;
    await request(app).get('/api/diagnosis/v2/job-1').expect(401);
    who = { ...session, portal: { subject: 's', groups: [], roles: {}, guardrails: {} } };
    const forbidden = await request(app).get('/api/diagnosis/v2/job-1').expect(403);
    expect(forbidden.body.error_msg).toMatch(/no role in eu-de/);
    who = {
      ...session,
      portal: { subject: 's', groups: [], roles: { 'eu-de': 'viewer' }, guardrails: {} },
    };
    await request(app).get('/api/diagnosis/v1/12/35').expect(200);
    who = session;
    const bad = await request(app).get('/api/diagnosis/v1/abc/1').expect(400);
    expect(bad.body.error_msg).toMatch(/job_id/);
    await request(app).get('/api/diagnosis/v2/a%2Fb').expect(400);
  });

  it('passes the upstream refusal of the status read through (no access, no diagnosis)', async () => {
    const orig = client.jobStatus;
    client.jobStatus = async () => {
      throw new ModelArtsCallError(
        404,
        { error_code: 'ModelArts.2652', error_msg: 'Job not found' },
        false,
      );
    };
    const r = await request(app).get('/api/diagnosis/v2/job-1').expect(404);
    expect(r.body.error_code).toBe('ModelArts.2652');
    client.jobStatus = orig;
  });
});
