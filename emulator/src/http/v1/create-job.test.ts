import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  seed002DatasetBody,
  seed002ImageBody,
  seed002VolumeBody,
  seed004CreateBody,
} from '@console/shared/fixtures';
import { createTestEmulator, type TestEmulator } from '../../test-support.js';

// Jobs never leave INIT here: these tests are about the HTTP contract, not about running.
let t: TestEmulator;
let token: string;
beforeAll(async () => {
  t = await createTestEmulator({ timings: { initMs: 600_000 } });
  token = await t.login();
});
afterAll(async () => t.cleanup());

type Seed004Body = typeof seed004CreateBody;
type Body = Seed004Body & { config: Record<string, unknown> } & Record<string, unknown>;
const body = (name: string, config: Record<string, unknown> = {}, drop: string[] = []): Body => {
  const c: Record<string, unknown> = { ...seed004CreateBody.config, ...config };
  for (const key of drop) delete c[key];
  return { ...seed004CreateBody, job_name: name, config: c } as Body;
};
const create = (b: unknown) =>
  request(t.app)
    .post(`/v1/${t.pid}/training-jobs`)
    .set('X-Auth-Token', token)
    .send(b as object);

describe('POST training-jobs validation', () => {
  it.each([
    [
      'missing code source',
      body('a1', {}, ['app_url', 'boot_file_url']),
      'config.app_url: app_url is required',
    ],
    [
      'two data forms',
      body('a2', { data_url: '/test-modelarts/dataset-mnist/' }),
      'config.data_url: data_url, data_source and dataset_id',
    ],
    ['missing resource', body('a3', {}, ['flavor']), 'config.spec_id: a resource is required'],
    ['bad name', body('bad name!'), 'job_name: job_name may contain only letters'],
    [
      'zero workers',
      body('a4', { worker_server_num: 0 }),
      'config.worker_server_num: worker_server_num must be at least 1',
    ],
    [
      'bad parameter label',
      body('a5', { parameter: [{ label: '', value: 1 }] }),
      'config.parameter[0].label: label is required',
    ],
    ['unknown field', { ...body('a6'), extra: 1 }, 'Invalid Argument: '],
  ])('%s → 400 ModelArts.0101 naming the field', async (_label, b, message) => {
    const res = await create(b);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ is_success: false, error_code: 'ModelArts.0101' });
    expect(res.body.error_message).toContain(message);
    expect(res.body.error_message).toMatch(/^Invalid Argument: /);
  });

  it.each([
    [
      'unknown spec_id',
      body('b1', { spec_id: 999 }, ['flavor']),
      400,
      'ModelArts.2781',
      /spec_id 999/,
    ],
    [
      'unknown flavor.code',
      body('b2', { flavor: { code: 'modelarts.vm.cpu.99u' } }),
      400,
      'ModelArts.2781',
      /modelarts\.vm\.cpu\.99u/,
    ],
    ['unknown engine', body('b3', { engine_id: 77 }), 400, 'ModelArts.2780', /engine 77/],
    [
      'workers over max_num',
      body('b4', { worker_server_num: 2 }),
      400,
      'ModelArts.2793',
      /max_num 1/,
    ],
    [
      'sold-out spec',
      body('b5', { flavor: { code: 'modelarts.vm.gpu.v100' } }),
      400,
      'ModelArts.3976',
      /No resources/,
    ],
    [
      'missing boot file',
      body('b6', { boot_file_url: '/test-modelarts/mnist-tensorflow-code/nope.py' }),
      400,
      'ModelArts.2758',
      /nope\.py does not exist/,
    ],
    [
      'unknown pool',
      body('b7', { pool_id: 'pool123' }, ['flavor']),
      404,
      'ModelArts.2890',
      /pool123/,
    ],
  ])('%s → %s %s', async (_label, b, status, code, message) => {
    const res = await create(b);
    expect(res.status).toBe(status);
    expect(res.body.error_code).toBe(code);
    expect(res.body.error_msg).toMatch(message);
  });

  it('accepts the seed-004 body as-is and answers per §3.1 with numbers', async () => {
    const res = await create(seed004CreateBody);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      is_success: true,
      job_name: 'jobtest_TF',
      status: 1,
      version_name: 'V0001',
    });
    for (const key of ['job_id', 'version_id', 'create_time'])
      expect(typeof res.body[key]).toBe('number');
    expect(res.body.resource_id).toMatch(/^job[0-9a-f]{8}$/);
  });

  it('accepts the seed-002 samples (dataset input, custom image, volumes)', async () => {
    for (const sample of [seed002DatasetBody, seed002ImageBody, seed002VolumeBody]) {
      const res = await create(sample);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
  });

  it('refuses a duplicate name with ModelArts.0103', async () => {
    await create(body('dup_job'));
    const res = await create(body('dup_job'));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error_code: 'ModelArts.0103',
      error_message: 'Job name:dup_job is existed',
    });
  });

  it('accepts a multi-node job on a spec that allows it', async () => {
    const res = await create(body('multi', { worker_server_num: 3, spec_id: 29 }, ['flavor']));
    expect(res.status).toBe(200);
    const names = await request(t.app)
      .get(
        `/v1/${t.pid}/training-jobs/${res.body.job_id}/versions/${res.body.version_id}/log/file-names`,
      )
      .set('X-Auth-Token', token);
    expect(names.body.log_file_list).toEqual(['job-multi.0', 'job-multi.1', 'job-multi.2']);
  });

  it('answers invalid JSON with 400 ModelArts.2787', async () => {
    const res = await request(t.app)
      .post(`/v1/${t.pid}/training-jobs`)
      .set('X-Auth-Token', token)
      .set('Content-Type', 'application/json')
      .send('{"job_name": ');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ is_success: false, error_code: 'ModelArts.2787' });
  });
});

describe('other v1 routes', () => {
  it('lists specs and engines as seed 004 shows them', async () => {
    const specs = await request(t.app)
      .get(`/v1/${t.pid}/job/resource-specs?job_type=train`)
      .set('X-Auth-Token', token);
    expect(specs.body.spec_total_count).toBe(specs.body.specs.length);
    expect(specs.body.specs).toContainEqual({
      spec_id: 27,
      core: '8',
      cpu: '32',
      gpu_num: 0,
      gpu_type: '',
      spec_code: 'modelarts.vm.cpu.8u',
      unit_num: 1,
      max_num: 1,
      storage: '',
      interface_type: 1,
      no_resource: false,
    });
    const gpus = specs.body.specs.filter((s: { gpu_num: number }) => s.gpu_num > 0);
    expect(gpus).toMatchObject([
      { spec_code: 'modelarts.vm.gpu.p100', gpu_type: 'P100', no_resource: false },
      { spec_code: 'modelarts.vm.gpu.v100', gpu_type: 'V100', no_resource: true },
    ]);
    const engines = await request(t.app)
      .get(`/v1/${t.pid}/job/ai-engines?job_type=train`)
      .set('X-Auth-Token', token);
    expect(engines.body.engines).toContainEqual({
      engine_type: 1,
      engine_name: 'TensorFlow',
      engine_id: 4,
      engine_version: 'TF-1.8.0-python3.6',
    });
  });

  it('lists, filters, sorts and pages jobs', async () => {
    for (const n of ['list_b', 'list_a', 'list_c']) await create(body(n));
    const res = await request(t.app)
      .get(
        `/v1/${t.pid}/training-jobs?search_content=LIST_&sortBy=job_name&order=desc&per_page=2&page=1`,
      )
      .set('X-Auth-Token', token);
    expect(res.body.job_total_count).toBe(3);
    expect(res.body.jobs.map((j: { job_name: string }) => j.job_name)).toEqual([
      'list_c',
      'list_b',
    ]);
    expect(res.body.quotas - res.body.job_count_limit).toBeGreaterThanOrEqual(3);
    const bad = await request(t.app)
      .get(`/v1/${t.pid}/training-jobs?per_page=5000`)
      .set('X-Auth-Token', token);
    expect(bad.status).toBe(400);
    expect(bad.body.error_message).toContain('per_page');
  });

  it('updates the description, lists versions with metrics as a JSON string, and 404s unknown jobs', async () => {
    const created = await create(body('desc_job'));
    const base = `/v1/${t.pid}/training-jobs/${created.body.job_id}`;
    const put = await request(t.app)
      .put(base)
      .set('X-Auth-Token', token)
      .send({ job_desc: 'new words' });
    expect(put.body).toEqual({ is_success: true });
    const versions = await request(t.app).get(`${base}/versions`).set('X-Auth-Token', token);
    expect(versions.body).toMatchObject({ job_desc: 'new words', version_count: 1 });
    expect(typeof versions.body.versions[0].system_metric_list).toBe('string');
    expect(JSON.parse(versions.body.versions[0].system_metric_list)).toHaveProperty('cpuUsage');
    const missing = await request(t.app)
      .get(`/v1/${t.pid}/training-jobs/42/versions/1`)
      .set('X-Auth-Token', token);
    expect(missing.status).toBe(404);
    expect(missing.body.error_code).toBe('ModelArts.2775');
  });

  it('answers unknown v1 routes with a 404 v1 envelope', async () => {
    const res = await request(t.app).get(`/v1/${t.pid}/no-such-thing`).set('X-Auth-Token', token);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ is_success: false, error_code: 'APIGW.0101' });
  });
});
