import request from 'supertest';
import { VisualizationJobListResponseSchema } from '@console/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../../test-support.js';
import { writeObsFile } from '../../testing.js';

let t: TestEmulator;
let token: string;
beforeAll(async () => {
  t = await createTestEmulator();
  token = await t.login();
});
afterAll(async () => t.cleanup());

const api = (method: 'get' | 'post' | 'put' | 'delete', path: string) =>
  request(t.app)[method](`/v1/${t.pid}${path}`).set('X-Auth-Token', token);

/** The historical page's sample, as printed (schedule as an array, job_type in lower case). */
const PAGE_SAMPLE = {
  job_name: 'visualization-job',
  job_desc: 'this is a visualization job',
  train_url: '/obs/name/',
  job_type: 'mindinsight',
  schedule: [{ type: 'stop', time_unit: 'HOURS', duration: 1 }],
};

describe('visualization jobs (§3.16)', () => {
  it('creates the page sample; it runs (7 → 8) and its service_url lists train_url', async () => {
    writeObsFile(t.dataDir, '/obs/name/events.out.tfevents.1', 'x');
    const res = await api('post', '/visualization-jobs').send(PAGE_SAMPLE);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ is_success: true, job_name: 'visualization-job', status: 7 });
    let details = await api('get', `/visualization-jobs/${res.body.job_id}`);
    for (
      const deadline = Date.now() + 10_000;
      details.body.status !== 8 && Date.now() < deadline;
    ) {
      await new Promise((r) => setTimeout(r, 50));
      details = await api('get', `/visualization-jobs/${res.body.job_id}`);
    }
    expect(details.body).toMatchObject({
      status: 8,
      job_type: 'MindInsight',
      train_url: '/obs/name/',
    });
    const page = await request(t.app).get(new URL(details.body.service_url).pathname);
    expect(page.status).toBe(200);
    expect(page.text).toContain('events.out.tfevents.1');
  });

  it.each([
    ['a 21-character name', { job_name: 'v'.repeat(21) }, 'job_name: job_name must be at most 20'],
    ['no train_url', { train_url: undefined }, 'train_url: train_url is required'],
    [
      'a bad job_type',
      { job_type: 'Grafana' },
      'job_type: job_type must be TensorBoard or MindInsight',
    ],
    [
      'a 25-hour schedule',
      { schedule: { type: 'stop', time_unit: 'HOURS', duration: 25 } },
      'schedule.duration: duration must be 0–24',
    ],
    ['a long description', { job_desc: 'd'.repeat(257) }, 'job_desc: job_desc must be at most 256'],
  ])('refuses %s with ModelArts.0101 naming the field', async (_label, patch, message) => {
    const res = await api('post', '/visualization-jobs').send({
      ...PAGE_SAMPLE,
      job_name: 'viz_bad',
      ...patch,
    });
    expect(res.status).toBe(400);
    expect(res.body.error_code).toBe('ModelArts.0101');
    expect(res.body.error_message).toContain(message);
  });

  it('refuses a duplicate name and an unknown flavor', async () => {
    await api('post', '/visualization-jobs').send({ ...PAGE_SAMPLE, job_name: 'viz_dup' });
    const dup = await api('post', '/visualization-jobs').send({
      ...PAGE_SAMPLE,
      job_name: 'viz_dup',
    });
    expect(dup.body).toMatchObject({
      error_code: 'ModelArts.0103',
      error_message: 'Job name:viz_dup is existed',
    });
    const flavor = await api('post', '/visualization-jobs').send({
      ...PAGE_SAMPLE,
      job_name: 'viz_flavor',
      flavor: { code: 'nope' },
    });
    expect(flavor.body.error_code).toBe('ModelArts.2781');
  });

  it('lists with status, search, sort and paging', async () => {
    for (const n of ['vl_b', 'vl_a', 'vl_c'])
      await api('post', '/visualization-jobs').send({
        ...PAGE_SAMPLE,
        job_name: n,
        schedule: undefined,
      });
    const res = await api(
      'get',
      '/visualization-jobs?search_content=VL_&sortBy=job_name&order=desc&per_page=2',
    );
    const list = VisualizationJobListResponseSchema.parse(res.body);
    expect(list.job_total_count).toBe(3);
    expect(list.jobs.map((j) => j.job_name)).toEqual(['vl_c', 'vl_b']);
    expect(
      (await api('get', '/visualization-jobs?status=12&search_content=vl_')).body.job_total_count,
    ).toBe(0);
    const bad = await api('get', '/visualization-jobs?sortBy=duration');
    expect(bad.status).toBe(400);
    expect(bad.body.error_message).toContain('sortBy:');
  });

  it('edits the description, stops (→ 12), restarts, deletes; 404s unknown ids', async () => {
    const created = await api('post', '/visualization-jobs').send({
      ...PAGE_SAMPLE,
      job_name: 'viz_life',
    });
    const base = `/visualization-jobs/${created.body.job_id}`;
    expect((await api('put', base).send({ job_desc: 'new' })).body).toEqual({ is_success: true });
    expect((await api('put', base).send({})).body.error_message).toContain(
      'job_desc: job_desc is required',
    );
    // documented without a body: a stray one is refused naming its first key, and nothing happens
    const stray = await api('post', `${base}/stop`).send({ force: true });
    expect(stray.status).toBe(400);
    expect(stray.body.error_message).toBe(
      'Invalid Argument: force: force: this request takes no body',
    );
    expect((await api('get', base)).body.status).toBe(7);
    const busy = await api('post', `${base}/restart`);
    expect(busy.status).toBe(400);
    expect(busy.body).toMatchObject({ error_code: 'ModelArts.0105' });
    expect((await api('post', `${base}/stop`)).body).toEqual({ is_success: true });
    expect((await api('get', base)).body).toMatchObject({ status: 12, job_desc: 'new' });
    expect((await api('post', `${base}/stop`)).status).toBe(409);
    expect((await request(t.app).get(`/__viz/${created.body.job_id}/`)).status).toBe(503);
    expect((await api('post', `${base}/restart`)).body).toEqual({ is_success: true });
    expect((await api('get', base)).body.status).toBe(7);
    expect((await api('delete', base)).body).toEqual({ is_success: true });
    for (const [method, path] of [
      ['get', base],
      ['put', base],
      ['delete', base],
      ['post', `${base}/stop`],
      ['post', `${base}/restart`],
    ] as const) {
      const res = await api(method, path).send({ job_desc: 'x' });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
  });
});
