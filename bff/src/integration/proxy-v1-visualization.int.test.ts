import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF, startStack, type Stack } from '../test-support/stack.js';

/** Catalog §3.16: every visualization-job call reaches the emulator through the BFF. */
describe('BFF against a real emulator: visualization jobs', () => {
  let s: Stack;
  let cookie: string;
  const get = (p: string) => request(s.base).get(p).set('Cookie', cookie);
  const send = (m: 'post' | 'put' | 'delete', p: string, body?: object) => {
    const r = request(s.base)[m](p).set('Cookie', cookie).set(CSRF);
    return body ? r.send(body) : r;
  };

  beforeAll(async () => {
    s = await startStack();
    cookie = await s.login();
  });
  afterAll(async () => {
    await s?.stop();
  });

  it('creates, lists, reads, edits, stops, restarts and deletes a TensorBoard job', async () => {
    const created = await send('post', '/api/v1/visualization-jobs', {
      job_name: 'tb_bff',
      job_desc: 'from the BFF',
      train_url: '/test-modelarts/mnist-model/output/',
      job_type: 'TensorBoard',
    }).expect(200);
    expect(created.body).toMatchObject({ is_success: true, job_name: 'tb_bff' });
    const id = Number(created.body.job_id);

    const list = await get('/api/v1/visualization-jobs?per_page=10').expect(200);
    expect(list.body.jobs.map((j: { job_id: number }) => Number(j.job_id))).toContain(id);
    await send('put', `/api/v1/visualization-jobs/${id}`, { job_desc: 'edited' }).expect(200);
    expect((await get(`/api/v1/visualization-jobs/${id}`).expect(200)).body.job_desc).toBe(
      'edited',
    );
    await send('post', `/api/v1/visualization-jobs/${id}/stop`).expect(200);
    await send('post', `/api/v1/visualization-jobs/${id}/restart`).expect(200);
    await send('delete', `/api/v1/visualization-jobs/${id}`).expect(200);
    const after = await get(`/api/v1/visualization-jobs/${id}`);
    // gone, with the not-found code the job APIs use (catalog §6: ModelArts.2775), not any failure
    expect([after.status, after.body.error_code]).toEqual([404, 'ModelArts.2775']);
  });

  it('checks a visualization-job body before the upstream sees it', async () => {
    await s.clearRequests();
    const r = await send('post', '/api/v1/visualization-jobs', {
      job_name: 'a name that is far too long for tensorboard',
      train_url: '/test-modelarts/out/',
    });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error_code: 'Console.0400', field: 'job_name' });
    expect(await s.requests()).toEqual([]);
  });
});
