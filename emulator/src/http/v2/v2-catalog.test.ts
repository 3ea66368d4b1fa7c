import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TrainingEngineListSchema,
  TrainingFlavorListSchema,
  flavorMaxNodes,
} from '@console/shared';
import { DEMO_ACCOUNT } from '../../demo-account.js';
import { seed003Bodies } from '@console/shared/fixtures';
import { isSoldOut } from '../../domain/v2/v2-catalog.js';
import { createV2TestEmulator, type V2TestEmulator } from './v2-test-support.js';

let emu: V2TestEmulator;
beforeAll(async () => {
  emu = await createV2TestEmulator();
});
afterAll(async () => emu.cleanup());

describe('v2 flavors and engines (§4.12, §4.13)', () => {
  it('lists every flavor, with the seed-003 ids and multi-node CPU flavors', async () => {
    const res = await emu.call('get', '/training-job-flavors');
    expect(res.status).toBe(200);
    const list = TrainingFlavorListSchema.parse(res.body);
    expect(list.total_count).toBe(list.flavors.length);
    const ids = list.flavors.map((f) => f.flavor_id);
    for (const body of seed003Bodies) expect(ids).toContain(body.spec.resource.flavor_id);
    expect(list.flavors.some((f) => f.flavor_type === 'CPU' && flavorMaxNodes(f) >= 2)).toBe(true);
  });

  it('lists a flavor the public pool has sold out, as the v1 specs of the same code say', async () => {
    const flavors = TrainingFlavorListSchema.parse(
      (await emu.call('get', '/training-job-flavors?flavor_type=GPU')).body,
    ).flavors;
    expect(flavors.map((f) => f.flavor_id)).toContain('modelarts.vm.gpu.v100');
    const v100 = flavors.find((f) => f.flavor_id === 'modelarts.vm.gpu.v100');
    expect(v100 && isSoldOut(v100)).toBe(true);
    expect(flavors.filter((f) => isSoldOut(f))).toHaveLength(1);
  });

  it('filters by flavor_type and rejects an unknown type', async () => {
    const cpu = await emu.call('get', '/training-job-flavors?flavor_type=CPU');
    expect(cpu.body.flavors.length).toBeGreaterThan(0);
    expect(cpu.body.flavors.every((f: { flavor_type: string }) => f.flavor_type === 'CPU')).toBe(
      true,
    );
    const gpu = await emu.call('get', '/training-job-flavors?flavor_type=GPU');
    expect(gpu.body.flavors.every((f: { flavor_type: string }) => f.flavor_type === 'GPU')).toBe(
      true,
    );
    const bad = await emu.call('get', '/training-job-flavors?flavor_type=TPU');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error_code: 'ModelArts.2764',
      error_msg: expect.stringMatching(/flavor_type/),
    });
  });

  it('lists the preset engines', async () => {
    const res = await emu.call('get', '/training-job-engines');
    expect(res.status).toBe(200);
    const list = TrainingEngineListSchema.parse(res.body);
    expect(list.total).toBe(list.items.length);
    expect(list.items.map((e) => e.engine_id)).toContain('horovod-cp36-tf-1.16.2');
  });
});

describe('v2 token checks and errors', () => {
  it('answers token errors with v2 bodies', async () => {
    const missing = await request(emu.app).get(`${emu.base}/training-job-engines`);
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({
      error_code: 'ModelArts.0201',
      error_msg: "Token doesn't exist.",
    });
    const garbled = await request(emu.app)
      .get(`${emu.base}/training-job-engines`)
      .set('X-Auth-Token', 'MIIbad');
    expect(garbled.status).toBe(401);
    expect(garbled.body.error_code).toBe('ModelArts.0203');
    const other = await request(emu.app)
      .get(`/v2/${DEMO_ACCOUNT.otherProjectId}/training-job-engines`)
      .set('X-Auth-Token', emu.token);
    expect(other.status).toBe(403);
    expect(other.body.error_code).toBe('ModelArts.0210');
    expect(other.body.is_success).toBeUndefined();
  });

  it('answers unknown routes and bad JSON with v2 bodies', async () => {
    const unknown = await emu.call('get', '/no-such-thing');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error_code).toBe('APIGW.0101');
    const bad = await request(emu.app)
      .post(`${emu.base}/training-jobs`)
      .set('X-Auth-Token', emu.token)
      .set('content-type', 'application/json')
      .send('{"kind": ');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error_code: 'ModelArts.2787' });
  });
});
