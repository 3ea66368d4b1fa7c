import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlgorithmListSchema, AlgorithmSchema } from '@console/shared';
import { SEED_003_ALGORITHM_ID } from '../../domain/v2/v2-shipped-algorithms.js';
import { createV2TestEmulator, type V2TestEmulator } from './v2-test-support.js';

let emu: V2TestEmulator;
beforeAll(async () => {
  emu = await createV2TestEmulator();
});
afterAll(async () => emu.cleanup());

const body = (name: string, extra: Record<string, unknown> = {}) => ({
  metadata: {
    name,
    description: 'my algorithm',
    workspace_id: '0',
    ai_project: 'default-ai-project',
  },
  job_config: {
    code_dir: '/test-modelarts/v2-code/',
    boot_file: '/test-modelarts/v2-code/train_v2.py',
    parameters: [
      {
        name: 'steps',
        value: '2',
        description: 'steps',
        constraint: {
          type: 'Integer',
          editable: true,
          required: false,
          sensitive: false,
          valid_type: 'None',
          valid_range: [],
        },
        i18n_description: { language: 'en', description: 'steps' },
      },
      { name: 'step_seconds', value: '0.1' },
    ],
    inputs: [
      {
        name: 'data_url',
        description: 'data',
        remote_constraints: [{ data_type: 'obs', attributes: [] }],
      },
    ],
    outputs: [{ name: 'train_url', description: 'out' }],
    engine: { engine_id: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64' },
    parameters_customization: true,
  },
  resource_requirements: [{ key: 'flavor_type', values: ['CPU'], operator: 'in' }],
  advanced_config: { auto_search: null },
  ...extra,
});

describe('v2 algorithms (§4.14)', () => {
  let id = '';

  it('ships the seed-003 algorithm', async () => {
    const res = await emu.call('get', `/algorithms/${SEED_003_ALGORITHM_ID}`);
    expect(res.status).toBe(200);
    expect(AlgorithmSchema.parse(res.body).metadata.name).toBe('ttt-obs-gpu');
    expect(res.body.job_config.code_tree.children.map((c: { name: string }) => c.name)).toContain(
      'train_v2.py',
    );
  });

  it('creates (201), rejects duplicates and names bad fields', async () => {
    const res = await emu.call('post', '/algorithms', body('my-algo'));
    expect(res.status).toBe(201);
    const a = AlgorithmSchema.parse(res.body);
    id = a.metadata.id;
    expect(res.body.resource_requirements).toEqual([
      { key: 'flavor_type', value: ['CPU'], operator: 'in' },
    ]);
    const dup = await emu.call('post', '/algorithms', body('my-algo'));
    expect([dup.status, dup.body.error_code]).toEqual([400, 'ModelArts.2821']);
    const bad = await emu.call('post', '/algorithms', body('bad name'));
    expect([bad.status, bad.body.error_code]).toEqual([400, 'ModelArts.2788']);
    expect(bad.body.error_msg).toContain('metadata.name');
    const half = await emu.call('post', '/algorithms', {
      metadata: { name: 'half' },
      job_config: { code_dir: '/bkt/b/' },
    });
    expect(half.body.error_msg).toContain('job_config.boot_file');
  });

  it('lists with searches, offset, limit and sort', async () => {
    const res = await emu.call('get', '/algorithms?searches=name%3Amy-al&limit=5');
    const list = AlgorithmListSchema.parse(res.body);
    expect([list.total, list.count, list.items.length]).toEqual([2, 1, 1]);
    const page = await emu.call('get', '/algorithms?offset=1&limit=1&sort_by=name&order=asc');
    expect(page.body.items.map((a: { metadata: { name: string } }) => a.metadata.name)).toEqual([
      'ttt-obs-gpu',
    ]);
    const bad = await emu.call('get', '/algorithms?limit=51');
    expect([bad.status, bad.body.error_code]).toEqual([400, 'ModelArts.2764']);
    const badSort = await emu.call('get', '/algorithms?sort_by=color');
    expect(badSort.body.error_code).toBe('ModelArts.2790');
  });

  it('details, modifies (201) and runs a job from it', async () => {
    const det = await emu.call('get', `/algorithms/${id}`);
    expect(det.body.metadata.description).toBe('my algorithm');
    const mod = await emu.call('put', `/algorithms/${id}`, body('my-algo-2', {}));
    expect(mod.status).toBe(201);
    expect(mod.body.metadata.name).toBe('my-algo-2');
    const job = await emu.call('post', '/training-jobs', {
      kind: 'job',
      metadata: { name: 'from-algo' },
      algorithm: { id, parameters: [{ name: 'steps', value: '1' }] },
      spec: { resource: { flavor_id: 'modelarts.vm.cpu.2u' } },
    });
    expect(job.status).toBe(201);
    expect(
      job.body.algorithm.parameters.find((p: { name: string }) => p.name === 'steps'),
    ).toMatchObject({
      value: '1',
      constraint: { type: 'Integer' },
    });
    const done = await emu.waitPhase(
      job.body.metadata.id,
      (p) => p === 'Completed' || p === 'Failed',
    );
    expect(done.status.phase).toBe('Completed');
  });

  it('deletes (202) and answers not-found', async () => {
    const del = await emu.call('delete', `/algorithms/${id}`);
    expect(del.status).toBe(202);
    expect(del.text).toBe('');
    for (const [method, b] of [
      ['get', undefined],
      ['put', body('x')],
      ['delete', undefined],
    ] as const) {
      const res = await emu.call(method, `/algorithms/${id}`, b);
      expect([res.status, res.body.error_code]).toEqual([400, 'ModelArts.2755']);
    }
  });
});
