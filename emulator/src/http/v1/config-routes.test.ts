import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../../test-support.js';
import {
  restCreateConfigBody,
  restUpdateConfigBody,
  seed000DatasetConfigBody,
  seed000ObsConfigBody,
  seed001DataSourceUpdateBody,
  seed001DatasetUpdateBody,
  seed001ObsUpdateBody,
} from '@console/shared/fixtures';

let t: TestEmulator;
let token: string;
beforeAll(async () => {
  t = await createTestEmulator({ timings: { initMs: 600_000 } });
  token = await t.login();
});
afterAll(async () => t.cleanup());

const api = (method: 'get' | 'post' | 'put' | 'delete', path: string) =>
  request(t.app)[method](`/v1/${t.pid}${path}`).set('X-Auth-Token', token);
const names = (res: request.Response) =>
  res.body.configs.map((c: { config_name: string }) => c.config_name);

describe('create (§3.15a)', () => {
  it.each([
    ['seed 000 OBS inputs', { ...seed000ObsConfigBody, config_name: 'seed000_obs' }],
    ['seed 000 dataset', { ...seed000DatasetConfigBody, config_name: 'seed000_ds' }],
    ['REST page sample', restCreateConfigBody],
    ['a 64-character name', { ...seed000ObsConfigBody, config_name: 'n'.repeat(64) }],
  ])('accepts the %s', async (_label, body) => {
    const res = await api('post', '/training-job-configs').send(body);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ is_success: true });
  });

  it.each([
    [
      'a 65-character name',
      { config_name: 'n'.repeat(65) },
      'config_name: config_name must be at most 64',
    ],
    ['a bad name', { config_name: 'my config' }, 'config_name: config_name may contain only'],
    [
      'no workers',
      { config_name: 'c1', worker_server_num: undefined },
      'worker_server_num: worker_server_num is required',
    ],
    [
      'two data forms',
      { config_name: 'c2', dataset_id: 'x', dataset_version_id: 'y' },
      'data_url: data_url, data_source and',
    ],
    [
      'a long description',
      { config_name: 'c3', config_desc: 'd'.repeat(257) },
      'config_desc: config_desc must be at most 256',
    ],
  ])('refuses %s with 400 ModelArts.0101 naming the field', async (_label, patch, message) => {
    const res = await api('post', '/training-job-configs').send({
      ...seed000ObsConfigBody,
      ...patch,
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ is_success: false, error_code: 'ModelArts.0101' });
    expect(res.body.error_message).toContain(message);
  });

  it.each([
    ['unknown spec', { spec_id: 999 }, 'ModelArts.2781'],
    ['unknown engine', { engine_id: 999 }, 'ModelArts.2780'],
    [
      'unknown dataset',
      { data_url: undefined, dataset_id: 'nope', dataset_version_id: 'v' },
      'ModelArts.2783',
    ],
    ['unknown built-in algorithm', { model_id: 99 }, 'ModelArts.2755'],
  ])('refuses an %s', async (_label, patch, code) => {
    const res = await api('post', '/training-job-configs').send({
      ...seed000ObsConfigBody,
      config_name: 'bad_ref',
      ...patch,
    });
    expect(res.status).toBe(400);
    expect(res.body.error_code).toBe(code);
  });

  it('refuses a duplicate name', async () => {
    await api('post', '/training-job-configs').send({
      ...seed000ObsConfigBody,
      config_name: 'twice',
    });
    const res = await api('post', '/training-job-configs').send({
      ...seed000ObsConfigBody,
      config_name: 'twice',
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error_code: 'ModelArts.0103',
      error_message: 'Config name:twice is existed',
    });
  });
});

describe('list, details (§3.15b, c)', () => {
  it('lists custom configs with search, sort and paging; samples separately', async () => {
    for (const n of ['lst_b', 'lst_a', 'lst_c'])
      await api('post', '/training-job-configs').send({ ...seed000ObsConfigBody, config_name: n });
    const page = await api('get', '/training-job-configs?search_content=LST_&per_page=2&page=1');
    expect(page.body.config_total_count).toBe(3);
    expect(names(page)).toEqual(['lst_c', 'lst_b']); // order defaults to desc
    const asc = await api(
      'get',
      '/training-job-configs?search_content=lst_&order=asc&sortBy=create_time',
    );
    expect(names(asc)).toEqual(['lst_b', 'lst_a', 'lst_c']);
    expect(asc.body.configs[0]).toMatchObject({
      engine_name: 'PyTorch',
      engine_version: 'PyTorch-1.0.0-python3.6',
      config_desc: 'my job config',
    });
    const samples = await api('get', '/training-job-configs?config_type=sample');
    expect(samples.body.config_total_count).toBeGreaterThanOrEqual(2);
    expect(names(samples)).not.toContain('lst_a');
    const bad = await api('get', '/training-job-configs?config_type=sample&sortBy=create_time');
    expect(bad.status).toBe(400);
    expect(bad.body.error_message).toContain('sortBy: sortBy=create_time is not allowed');
    const badPage = await api('get', '/training-job-configs?per_page=1001');
    expect(badPage.body.error_message).toContain('per_page:');
  });

  it('returns details with the resolved names, for custom and sample configs', async () => {
    await api('post', '/training-job-configs').send({
      ...seed000DatasetConfigBody,
      config_name: 'det_ds',
    });
    const res = await api('get', '/training-job-configs/det_ds');
    expect(res.body).toMatchObject({
      is_success: true,
      config_name: 'det_ds',
      spec_id: 40,
      spec_code: 'modelarts.vm.gpu.p100',
      gpu_type: 'P100',
      engine_id: 41,
      engine_type: 10,
      dataset_id: '4AZNvFkN7KYr5EdhFkH',
      dataset_name: 'dataset-sentiment',
      dataset_version_name: 'V001',
      train_url: '/bucket/output/',
    });
    const sample = await api('get', '/training-job-configs/custom_image_mnist?config_type=sample');
    expect(sample.body).toMatchObject({
      user_image_url: expect.stringContaining('custom-cpu-base'),
    });
    expect((await api('get', '/training-job-configs/custom_image_mnist')).status).toBe(404);
    const missing = await api('get', '/training-job-configs/nope');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ is_success: false, error_code: 'ModelArts.0105' });
    expect((await api('get', '/training-job-configs/det_ds?config_type=other')).status).toBe(400);
  });
});

describe('modify, delete (§3.15d, e)', () => {
  it.each([
    [
      'seed 001 OBS inputs',
      seed001ObsUpdateBody,
      { data_url: '/bucket/dataset/', dataset_id: null },
    ],
    [
      'seed 001 dataset',
      seed001DatasetUpdateBody,
      { data_url: null, dataset_id: '4AZNvFkN7KYr5EdhFkH' },
    ],
    [
      'seed 001 data_source',
      seed001DataSourceUpdateBody,
      { data_url: null, data_source: seed001DataSourceUpdateBody.data_source },
    ],
    ['REST page sample', restUpdateConfigBody, { model_id: 1, spec_id: 1 }],
  ])('applies the %s', async (_label, body, expected) => {
    await api('post', '/training-job-configs').send({
      ...seed000ObsConfigBody,
      config_name: 'my_job_config',
    });
    const res = await api('put', '/training-job-configs/my_job_config').send(body);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ is_success: true });
    const details = await api('get', '/training-job-configs/my_job_config');
    expect(details.body).toMatchObject({ config_desc: body.config_desc, ...expected });
  });

  it('refuses bad bodies and unknown names; deletes', async () => {
    await api('post', '/training-job-configs').send({
      ...seed000ObsConfigBody,
      config_name: 'to_delete',
    });
    const rename = await api('put', '/training-job-configs/to_delete').send({
      ...seed001ObsUpdateBody,
      config_name: 'x',
    });
    expect(rename.status).toBe(400);
    const bad = await api('put', '/training-job-configs/to_delete').send({
      ...seed001ObsUpdateBody,
      data_url: 'bad',
    });
    expect(bad.body.error_message).toContain('data_url: data_url must be an OBS path');
    expect((await api('put', '/training-job-configs/nope').send(seed001ObsUpdateBody)).status).toBe(
      404,
    );
    expect((await api('delete', '/training-job-configs/to_delete')).body).toEqual({
      is_success: true,
    });
    expect((await api('get', '/training-job-configs/to_delete')).status).toBe(404);
    const again = await api('delete', '/training-job-configs/to_delete');
    expect(again.status).toBe(404);
    expect(again.body.error_code).toBe('ModelArts.0105');
  });

  it('keeps configurations across a restart (state file)', async () => {
    await api('post', '/training-job-configs').send({
      ...seed000ObsConfigBody,
      config_name: 'persisted',
    });
    await t.emulator.ctx.store.flush();
    const { createEmulator } = await import('../../emulator.js');
    const again = createEmulator({ dataDir: t.dataDir, seedAssets: false });
    expect(again.ctx.store.state.job_configs.map((c) => c.config_name)).toContain('persisted');
    await again.shutdown();
  });
});
