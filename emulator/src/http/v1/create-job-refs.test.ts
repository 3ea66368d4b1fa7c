import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../../test-support.js';
import { seed002DatasetBody } from '@console/shared/fixtures';

// What the create schema cannot check: referenced pools, algorithms and datasets exist (§3.1).
let t: TestEmulator;
let token: string;
beforeAll(async () => {
  t = await createTestEmulator({ timings: { initMs: 600_000 } });
  token = await t.login();
});
afterAll(async () => t.cleanup());

let n = 0;
const create = (config: Record<string, unknown>, drop: string[] = []) => {
  const c: Record<string, unknown> = { ...seed002DatasetBody.config, ...config };
  for (const key of drop) delete c[key];
  return request(t.app)
    .post(`/v1/${t.pid}/training-jobs`)
    .set('X-Auth-Token', token)
    .send({ ...seed002DatasetBody, job_name: `refs_${++n}`, config: c });
};

describe('POST training-jobs references', () => {
  it.each([
    [
      'an unknown dataset',
      { dataset_id: 'nope' },
      'ModelArts.2783',
      'config.dataset_id: dataset nope',
    ],
    [
      'an unknown dataset version',
      { dataset_version_id: 'nope' },
      'ModelArts.2782',
      'config.dataset_version_id',
    ],
    [
      'an unknown data_source dataset',
      {
        data_source: [{ type: 'dataset', dataset_id: 'x', dataset_version: 'y' }],
        dataset_id: undefined,
        dataset_version_id: undefined,
      },
      'ModelArts.2783',
      'config.data_source[0].dataset_id',
    ],
    ['an unknown built-in algorithm', { model_id: 77 }, 'ModelArts.2755', 'config.model_id'],
  ])('refuses %s with 400', async (_label, config, code, message) => {
    const res = await create(config);
    expect(res.status).toBe(400);
    expect(res.body.error_code).toBe(code);
    expect(res.body.error_message).toContain(message);
  });

  it('runs a job on a dedicated pool given by pool_id alone (the pool names its resources)', async () => {
    const res = await create({ pool_id: 'pool9928813f' }, ['spec_id']);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const details = await request(t.app)
      .get(`/v1/${t.pid}/training-jobs/${res.body.job_id}/versions/${res.body.version_id}`)
      .set('X-Auth-Token', token);
    expect(details.body).toMatchObject({
      pool_id: 'pool9928813f',
      pool_name: 'pnt1',
      pool_type: 'USER_DEFINED',
      spec_code: 'modelarts.vm.gpu.p100',
    });
  });

  it('takes a built-in algorithm without code fields; its engine comes from the algorithm', async () => {
    const res = await create({ model_id: 1 }, ['app_url', 'boot_file_url', 'engine_id']);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const details = await request(t.app)
      .get(`/v1/${t.pid}/training-jobs/${res.body.job_id}/versions/${res.body.version_id}`)
      .set('X-Auth-Token', token);
    expect(details.body).toMatchObject({ model_id: 1, engine_id: 4, app_url: null });
  });

  it('accepts the documented GPU spec of seeds 000/001 (modelarts.vm.gpu.p100)', async () => {
    const res = await create({ flavor: { code: 'modelarts.vm.gpu.p100' } }, ['spec_id']);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
});
