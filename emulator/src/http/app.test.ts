import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../test-support.js';

/** What createEmulatorApp mounts where, its headers, its request log and the control recorder. */
const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    for (const line of String(chunk).split('\n').filter(Boolean))
      lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});

let t: TestEmulator;
let signIn: Promise<string> | undefined;
// no request in the hook: a request that hangs must fail a test, not skip the file
beforeAll(async () => {
  t = await createTestEmulator({ control: true, logger: pino({ level: 'debug' }, sink) });
});
const login = () => (signIn ??= t.login());
afterAll(async () => t.cleanup());

const logged = (msg: string) => lines.filter((l) => l.msg === msg);

describe('the root', () => {
  it('answers its index, without X-Powered-By or an ETag', async () => {
    const res = await request(t.app).get('/');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      name: 'modelarts-emulator',
      iam: '/v3/auth/tokens',
      modelarts: '/v1/{project_id}/',
    });
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers.etag).toBeUndefined();
  });
});

describe('the mounted APIs', () => {
  it('IAM temporary keys under /v3.0', async () => {
    const res = await request(t.app)
      .post('/v3.0/OS-CREDENTIAL/securitytokens')
      .set('X-Auth-Token', await login())
      .set('content-type', 'application/json;charset=utf8')
      .send(JSON.stringify({ auth: { identity: { methods: ['token'] } } }));
    expect(res.status).toBe(201);
    expect(res.body.credential).toMatchObject({ access: expect.any(String) });
  });

  it('datasets under /v2 and signed log links under /__obs', async () => {
    const datasets = await request(t.app)
      .get(`/v2/${t.pid}/datasets`)
      .set('X-Auth-Token', await login());
    expect(datasets.status).toBe(200);
    const link = await request(t.app).get('/__obs/v2-logs/some-job/worker-0.log');
    expect([link.status, link.text]).toEqual([403, 'Access denied\n']);
  });
});

describe('the request log', () => {
  it('has method, path without the query, status and duration of each request', async () => {
    await request(t.app)
      .get(`/v1/${t.pid}/training-jobs?secret=s3cr3t`)
      .set('X-Auth-Token', await login());
    const entry = logged('request').find((l) => l.path === `/v1/${t.pid}/training-jobs`);
    expect(entry).toMatchObject({ module: 'http', method: 'GET', status: 200 });
    expect(entry!.ms).toBeGreaterThanOrEqual(0);
    expect(entry!.ms).toBeLessThan(60_000);
    expect(JSON.stringify(lines)).not.toContain('s3cr3t');
  });

  it('names the IAM module for sign-ins and temporary keys', async () => {
    await login();
    expect(logged('token issued')[0]).toMatchObject({ module: 'iam', user: 'demo' });
    expect(logged('temporary access key issued')[0]).toMatchObject({ module: 'iam' });
  });
});

describe('the control recorder', () => {
  it('records the API calls (/v1/ … /v3/, optionally .0) and nothing else', async () => {
    await request(t.app).delete('/__control/requests');
    for (const path of [
      '/',
      '/x/v1/a',
      '/v4/a',
      '/v1',
      '/__viz/a',
      '/v1.0/a',
      '/v2/a',
      '/v3/a',
      '/v3.0/a',
    ])
      await request(t.app).get(path);
    const { requests } = (await request(t.app).get('/__control/requests')).body;
    expect(requests.map((r: { path: string }) => r.path)).toEqual([
      '/v1.0/a',
      '/v2/a',
      '/v3/a',
      '/v3.0/a',
    ]);
  });

  it('mounts the volume and credential controls', async () => {
    expect((await request(t.app).post('/__control/credentials/expire')).status).toBe(200);
    const nfs = await request(t.app).get('/__control/volumes/nfs');
    expect([nfs.status, nfs.body]).toEqual([400, { error: 'id and src_path are required' }]);
  });
});
