import request from 'supertest';
import {
  DatasetListResponseSchema,
  DatasetSchema,
  DatasetVersionListResponseSchema,
} from '@console/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../../test-support.js';

let t: TestEmulator;
let token: string;
beforeAll(async () => {
  t = await createTestEmulator({ timings: { initMs: 600_000 } });
  token = await t.login();
});
afterAll(async () => t.cleanup());

const get = (path: string) =>
  request(t.app).get(`/v2/${t.pid}/datasets${path}`).set('X-Auth-Token', token);
const SEED_002 = {
  id: '38277e62-9e59-48f4-8d89-c8cf41622c24',
  version: '2ff0d6ba-c480-45ae-be41-09a8369bfc90',
};

describe('datasets (§3.19)', () => {
  it('lists the sample datasets (seed 002, seeds 000/001 and the API page ids)', async () => {
    const res = await get('');
    expect(res.status).toBe(200);
    const list = DatasetListResponseSchema.parse(res.body);
    expect(list.total_number).toBe(3);
    expect(list.datasets.map((d) => d.dataset_id).sort()).toEqual(
      [SEED_002.id, '4AZNvFkN7KYr5EdhFkH', 'gfghHSokody6AJigS5A'].sort(),
    );
    const byName = await get('?sort_by=dataset_name&order=asc&limit=1&offset=1');
    expect(byName.body.datasets.map((d: { dataset_name: string }) => d.dataset_name)).toEqual([
      'dataset-f9e8',
    ]);
    expect((await get('?search_content=SENTI')).body.total_number).toBe(1);
    expect((await get('?dataset_type=100')).body.datasets[0].dataset_id).toBe(
      '4AZNvFkN7KYr5EdhFkH',
    );
  });

  it('returns details and versions whose data_path holds real files', async () => {
    const details = DatasetSchema.parse((await get(`/${SEED_002.id}`)).body);
    expect(details).toMatchObject({
      current_version_id: SEED_002.version,
      dataset_version_count: 1,
    });
    expect(details.total_sample_count).toBe(1500);
    const versions = DatasetVersionListResponseSchema.parse(
      (await get('/gfghHSokody6AJigS5A/versions')).body,
    );
    expect(versions.versions.map((v) => v.version_name)).toEqual(['V003', 'V002', 'V001']);
    expect(versions.versions[0]).toMatchObject({
      is_current: true,
      previous_version_id: 'eSOKEQaXhKzxN00WKoV',
    });
    const version = await get(`/${SEED_002.id}/versions/${SEED_002.version}`);
    expect(version.body).toMatchObject({
      version_id: SEED_002.version,
      version_name: 'V001',
      version_format: 'Default',
      data_path: `/modelarts-datasets/${SEED_002.id}/${SEED_002.version}/`,
    });
  });

  it.each([
    ['/nope', 'ModelArts.4352'],
    ['/nope/versions', 'ModelArts.4352'],
    ['/nope/versions/x', 'ModelArts.4352'],
    [`/${SEED_002.id}/versions/nope`, 'ModelArts.4353'],
  ])('GET %s → 404 %s in the v2 error shape', async (path, code) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error_code: code, error_msg: expect.stringContaining('nope') });
  });

  it.each([
    ['?limit=101', 'limit: limit must be 1–100'],
    ['?sort_by=size', 'sort_by:'],
    ['/gfghHSokody6AJigS5A/versions?limit=0', 'limit: limit must be 1–1000'],
  ])('refuses %s with 400 naming the field', async (path, message) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    expect(res.body.error_msg).toContain(message);
  });

  it('needs a token for the project', async () => {
    const none = await request(t.app).get(`/v2/${t.pid}/datasets`);
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ error_code: 'ModelArts.0201' });
    const other = await request(t.app).get('/v2/0000/datasets').set('X-Auth-Token', token);
    expect(other.status).toBe(403);
  });
});
