import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type ConsoleApp } from '../app.js';
import type { IamClient } from '../clients/iam-client.js';
import { FakeLogClient } from '../test-support/fake-log-client.js';
import {
  FAKE_FULL_LOG,
  FAKE_OBS_SECRET,
  startFakeUpstream,
} from '../test-support/fake-upstream.js';
import { testConfig } from '../test-support/test-config.js';

const TOKEN = 'MIIdownload-token';
const JOB = '425b7087-83de-49ed-9e40-5bb642be956f';
const iam: IamClient = {
  issueToken: async (l) => ({
    token: TOKEN,
    projectId: 'proj3',
    projectName: l.project,
    user: l.username,
    domain: l.domain,
    expiresAt: Date.now() + 3_600_000,
  }),
};

describe('full-log downloads (fake upstream)', () => {
  let upstream: Awaited<ReturnType<typeof startFakeUpstream>>;
  const v1Logs = new FakeLogClient();
  let c: ConsoleApp;
  let cookie: string;

  beforeAll(async () => {
    upstream = await startFakeUpstream();
    c = createApp({
      config: testConfig({ modelartsEndpoint: upstream.url }),
      iam,
      modelArtsLogs: v1Logs,
    });
    const res = await request(c.app)
      .post('/api/session')
      .set('X-Requested-With', 'modelarts-console')
      .send({ domain: 'd', username: 'u', password: 'p', project: 'eu-de' });
    cookie = String(res.headers['set-cookie']?.[0]).split(';')[0] ?? '';
  });
  afterAll(async () => {
    c.dispose();
    await upstream.close();
  });

  it('v2: asks for the download link (header and query) and streams the file as an attachment', async () => {
    upstream.requests.length = 0;
    const r = await request(c.app)
      .get(`/api/logs/v2/${JOB}/worker-0/download`)
      .set('Cookie', cookie)
      .expect(200);
    expect(r.text).toBe(FAKE_FULL_LOG);
    expect(r.headers['content-disposition']).toBe(`attachment; filename="${JOB}-worker-0.log"`);
    expect(r.headers['content-type']).toBe('text/plain; charset=utf-8');
    const [link, file] = upstream.requests;
    expect(link?.url).toBe(
      `/v2/proj3/training-jobs/${JOB}/tasks/worker-0/logs/url?Content-Type=application%2Foctet-stream`,
    );
    expect(link?.headers['content-type']).toBe('application/octet-stream');
    expect(link?.headers['x-auth-token']).toBe(TOKEN);
    // The presigned link is fetched without the token, and never shown to the browser.
    expect(file?.url).toBe(`/obs-presigned/worker-0.log?${FAKE_OBS_SECRET}`);
    expect(file?.headers['x-auth-token']).toBeUndefined();
    expect(file?.headers.cookie).toBeUndefined();
    expect(JSON.stringify(r.headers) + r.text).not.toContain('Signature');
  });

  it('v2: passes the upstream error of the link call through', async () => {
    const r = await request(c.app)
      .get(`/api/logs/v2/${JOB}/missing/download`)
      .set('Cookie', cookie)
      .expect(400);
    expect(r.body).toMatchObject({
      error_code: 'ModelArts.2822',
      error_msg: 'LogExportPathNotSet',
    });
    expect(r.body.request_id).toBeTruthy();
  });

  it('v1: pages aom-log from the start to the end and streams it as text', async () => {
    v1Logs.reads.length = 0;
    v1Logs.print(1234);
    const r = await request(c.app)
      .get('/api/logs/v1/12/34/download?log_file=job-a.0')
      .set('Cookie', cookie)
      .expect(200);
    expect(r.headers['content-disposition']).toBe('attachment; filename="job-a.0.log"');
    const lines = r.text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toEqual(Array.from({ length: 1234 }, (_, i) => `line ${i + 1}`));
    const at = (i: number) => v1Logs.cursor(i);
    expect(v1Logs.reads).toEqual(['latest', at(735), at(235), at(1), at(234), at(734), at(1234)]);
  });

  it('validates parameters and needs a session', async () => {
    await request(c.app).get('/api/logs/v1/12/34/download?log_file=a').expect(401);
    const a = await request(c.app).get('/api/logs/v1/12/34/download').set('Cookie', cookie);
    const b = await request(c.app).get(`/api/logs/v2/${JOB}/a.b/download`).set('Cookie', cookie);
    expect([a.status, a.body.field, b.status, b.body.field]).toEqual([
      400,
      'log_file',
      400,
      'taskId',
    ]);
  });
});
