import request from 'supertest';
import { BuiltInAlgorithmListResponseSchema } from '@console/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../../test-support.js';

let t: TestEmulator;
let token: string;
beforeAll(async () => {
  t = await createTestEmulator({ timings: { initMs: 600_000 } });
  token = await t.login();
});
afterAll(async () => t.cleanup());

const get = (query: string) =>
  request(t.app).get(`/v1/${t.pid}/built-in-algorithms${query}`).set('X-Auth-Token', token);

describe('GET built-in-algorithms (§3.12)', () => {
  it('lists the runnable algorithms with `parameter` as a JSON string, as the REST page shows', async () => {
    const res = await get('');
    expect(res.status).toBe(200);
    expect(res.body.model_total_count).toBe(2);
    const softmax = res.body.models.find((m: { model_id: number }) => m.model_id === 1);
    expect(typeof softmax.parameter).toBe('string');
    expect(JSON.parse(softmax.parameter)[0]).toEqual({
      label: 'max_steps',
      value: '40',
      required: true,
      placeholder_cn: 'Number of training steps',
      placeholder_en: 'Number of training steps',
    });
    expect(softmax).toMatchObject({ engine_id: 4, engine_name: 'TensorFlow', model_usage: 1 });
    expect(softmax).not.toHaveProperty('script');
    const parsed = BuiltInAlgorithmListResponseSchema.parse(res.body);
    expect(parsed.models[0]!.parameter.length).toBeGreaterThan(0);
  });

  it('sorts, searches and pages', async () => {
    const ids = (res: request.Response) =>
      res.body.models.map((m: { model_id: number }) => m.model_id);
    expect(ids(await get('?sortBy=model_name&order=asc'))).toEqual([2, 1]);
    expect(ids(await get('?sortBy=create_time&order=desc'))).toEqual([2, 1]);
    expect(ids(await get('?search_content=kmeans'))).toEqual([2]);
    expect(ids(await get('?search_content=num_clusters'))).toEqual([2]);
    const page2 = await get('?per_page=1&page=2&sortBy=model_name&order=asc');
    expect(page2.body).toMatchObject({ model_total_count: 2 });
    expect(ids(page2)).toEqual([1]);
  });

  it.each([
    ['per_page=101', 'per_page: per_page must be 1–100'],
    ['page=0', 'page: page must be at least 1'],
    ['sortBy=size', 'sortBy:'],
    ['order=sideways', 'order:'],
  ])('refuses %s with ModelArts.0101', async (query, message) => {
    const res = await get(`?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error_code).toBe('ModelArts.0101');
    expect(res.body.error_message).toContain(message);
  });

  it('needs a token', async () => {
    const res = await request(t.app).get(`/v1/${t.pid}/built-in-algorithms`);
    expect(res.status).toBe(401);
    expect(res.body.error_code).toBe('ModelArts.0201');
  });
});
