import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type ConsoleApp } from './app.js';
import type { IamClient } from './clients/iam-client.js';
import { startFakeUpstream } from './test-support/fake-upstream.js';
import {
  seed003CatalogCustomImageBody,
  seed003CatalogFreeFlavorBody,
} from '@console/shared/fixtures';
import { testConfig } from './test-support/test-config.js';

const TOKEN = 'MIIv2-secret-token';
const CSRF = { 'X-Requested-With': 'modelarts-console' };
const JOB = '425b7087-83de-49ed-9e40-5bb642be956f';
const iam: IamClient = {
  issueToken: async (l) => ({
    token: TOKEN,
    projectId: 'proj2',
    projectName: l.project,
    user: l.username,
    domain: l.domain,
    expiresAt: Date.now() + 3_600_000,
  }),
};

describe('/api/v2 proxy and the new v1 rows (fake upstream)', () => {
  let upstream: Awaited<ReturnType<typeof startFakeUpstream>>;
  let c: ConsoleApp;
  let cookie: string;
  const login = { domain: 'd', username: 'u', password: 'p', project: 'eu-de' };

  beforeAll(async () => {
    upstream = await startFakeUpstream();
    c = createApp({ config: testConfig({ modelartsEndpoint: upstream.url }), iam });
    const res = await request(c.app).post('/api/session').set(CSRF).send(login).expect(200);
    cookie = String(res.headers['set-cookie']?.[0]).split(';')[0] ?? '';
  });
  afterAll(async () => {
    c.dispose();
    await upstream.close();
  });

  it('rewrites /api/v2/<path> to /v2/{project_id}/<path> with the token, keeping the query', async () => {
    upstream.requests.length = 0;
    const r = await request(c.app)
      .get('/api/v2/training-job-flavors?flavor_type=CPU')
      .set('Cookie', cookie)
      .expect(200);
    expect(r.body.echo).toBe('/v2/proj2/training-job-flavors?flavor_type=CPU');
    expect(upstream.requests[0]?.headers['x-auth-token']).toBe(TOKEN);
    expect(upstream.requests[0]?.headers.cookie).toBeUndefined();
    expect(r.headers['set-cookie']).toBeUndefined();
    const ds = await request(c.app).get('/api/v2/datasets/ds1/versions/v1').set('Cookie', cookie);
    expect(ds.body.echo).toBe('/v2/proj2/datasets/ds1/versions/v1');
  });

  it('passes v2 bodies `null` (200) and `""` (202) through byte for byte', async () => {
    const put = await request(c.app)
      .put(`/api/v2/training-jobs/${JOB}`)
      .set('Cookie', cookie)
      .set(CSRF)
      .send({ description: 'hahaha' })
      .buffer(true)
      .parse((res, cb) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => cb(null, text));
      });
    expect(put.status).toBe(200);
    expect(put.body).toBe('null');
    const del = await request(c.app)
      .delete(`/api/v2/training-jobs/${JOB}`)
      .set('Cookie', cookie)
      .set(CSRF)
      .buffer(true)
      .parse((res, cb) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => cb(null, text));
      });
    expect(del.status).toBe(202);
    expect(del.body).toBe('""');
  });

  it('forwards both seed-003 create bodies unchanged', async () => {
    for (const body of [seed003CatalogFreeFlavorBody, seed003CatalogCustomImageBody]) {
      upstream.requests.length = 0;
      await request(c.app)
        .post('/api/v2/training-jobs')
        .set('Cookie', cookie)
        .set(CSRF)
        .send(body)
        .expect(200);
      expect(JSON.parse(upstream.requests[0]?.body ?? '{}')).toEqual(body);
    }
  });

  it.each([
    ['/api/v2/training-jobs', { ...seed003CatalogFreeFlavorBody, kind: 'nope' }, 'kind'],
    [
      '/api/v2/training-jobs',
      { ...seed003CatalogFreeFlavorBody, metadata: { name: 'bad name!' } },
      'metadata.name',
    ],
    ['/api/v1/training-jobs/12/versions/', { config: { worker_server_num: 1 } }, 'config'],
    ['/api/v1/training-jobs/12/versions', { job_desc: 'x' }, 'config'],
    ['/api/v1/training-job-configs', { config_name: 'a b', worker_server_num: 1 }, 'config_name'],
  ])(
    'answers a bad body for POST %s with 400 naming the field, upstream not called',
    async (path, body, field) => {
      upstream.requests.length = 0;
      const r = await request(c.app).post(path).set('Cookie', cookie).set(CSRF).send(body);
      expect(r.status).toBe(400);
      expect(r.body.error_code).toBe('Console.0400');
      expect(String(r.body.field)).toContain(field);
      expect(upstream.requests).toHaveLength(0);
    },
  );

  it('validates PUT bodies of the v1 description and configs, v2 terminate', async () => {
    upstream.requests.length = 0;
    const a = await request(c.app)
      .put('/api/v1/training-jobs/12')
      .set('Cookie', cookie)
      .set(CSRF)
      .send({ job_desc: 'x'.repeat(257) });
    const b = await request(c.app)
      .put('/api/v1/training-job-configs/cfg1')
      .set('Cookie', cookie)
      .set(CSRF)
      .send({ config_name: 'renamed' });
    const d = await request(c.app)
      .post(`/api/v2/training-jobs/${JOB}/actions`)
      .set('Cookie', cookie)
      .set(CSRF)
      .send({ action_type: 'restart' });
    expect([a.status, b.status, d.status]).toEqual([400, 400, 400]);
    expect([a.body.field, d.body.field]).toEqual(['job_desc', 'action_type']);
    expect(upstream.requests).toHaveLength(0);
    await request(c.app)
      .post(`/api/v2/training-jobs/${JOB}/actions`)
      .set('Cookie', cookie)
      .set(CSRF)
      .send({ action_type: 'terminate' })
      .expect(200);
  });

  it('refuses off-list v2 paths (the presigned log link included) and needs session + CSRF', async () => {
    upstream.requests.length = 0;
    const a = await request(c.app)
      .get(`/api/v2/training-jobs/${JOB}/tasks/worker-0/logs/url`)
      .set('Cookie', cookie);
    const b = await request(c.app).get('/api/v2/training-jobs').set('Cookie', cookie);
    const d = await request(c.app).get('/api/v2/training-job-flavors');
    const e = await request(c.app).post('/api/v2/training-job-searches').set('Cookie', cookie);
    expect([a.status, b.status, d.status, e.status]).toEqual([404, 404, 401, 403]);
    expect(upstream.requests).toHaveLength(0);
  });
});
