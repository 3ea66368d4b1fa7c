import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrainingJobSearchResponseSchema, TrainingJobV2Schema } from '@console/shared';
import { seed003Bodies } from '@console/shared/fixtures';
import {
  SAMPLE_ITEM_VERSION_ID,
  SAMPLE_SUBSCRIPTION_ID,
} from '../../domain/v2/v2-subscriptions.js';
import { createV2TestEmulator, scriptJob, type V2TestEmulator } from './v2-test-support.js';

let emu: V2TestEmulator;
beforeAll(async () => {
  emu = await createV2TestEmulator();
});
afterAll(async () => emu.cleanup());

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('v2 create (§4.1)', () => {
  it.each(seed003Bodies.map((b) => [b.metadata.name, b] as const))(
    'accepts and runs the seed-003 sample %s as written',
    async (_name, body) => {
      const res = await emu.call('post', '/training-jobs', body);
      expect(res.status).toBe(201);
      const job = TrainingJobV2Schema.parse(res.body);
      expect(job.status).toMatchObject({
        phase: 'Creating',
        secondary_phase: 'Creating',
        tasks: ['worker-0'],
      });
      expect(job.metadata.name).toBe(body.metadata.name);
      const done = await emu.waitPhase(job.metadata.id, (p) => p === 'Completed' || p === 'Failed');
      expect(done.status.phase).toBe('Completed');
      expect(done.status.task_statuses).toEqual([
        { task: 'worker-0', exit_code: 0, message: 'completed' },
      ]);
      const log = await emu.call(
        'get',
        `/training-jobs/${job.metadata.id}/tasks/worker-0/logs/preview`,
      );
      expect(log.body.content).toMatch(/\[rank 0\/1\] step 1\/5/);
      if ('command' in body.algorithm) {
        expect(log.body.content).toContain('NCCL_DEBUG=INFO');
        expect(done.spec.resource.pool_id).toBe('poolfaf38d76');
        expect(done.spec.volumes).toHaveLength(1);
      } else {
        expect(log.body.content).toContain('--input_dir=obs://cn-north-4-rse/test/moxingtest-dir/');
        expect(done.algorithm.name).toBe('ttt-obs-gpu');
      }
    },
  );

  it('names the field of a validation error', async () => {
    const body = scriptJob('bad name!');
    const res = await emu.call('post', '/training-jobs', body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error_code: 'ModelArts.2788',
      error_msg: expect.stringContaining('metadata.name'),
    });
    const noCmd = {
      ...seed003Bodies[1],
      metadata: { name: 'nocmd' },
      algorithm: { engine: { image_url: 'a/b:1' } },
    };
    const r2 = await emu.call('post', '/training-jobs', noCmd);
    expect(r2.body.error_msg).toContain('algorithm.command');
  });

  it('rejects unknown algorithm, flavor, pool, engine, too many nodes, missing code and duplicate names', async () => {
    const cases: Array<[unknown, number, string]> = [
      [
        { ...seed003Bodies[0], metadata: { name: 'a1' }, algorithm: { id: MISSING } },
        400,
        'ModelArts.2755',
      ],
      [{ ...scriptJob('a2'), spec: { resource: { flavor_id: 'nope' } } }, 400, 'ModelArts.2781'],
      [
        {
          ...scriptJob('a3'),
          spec: { resource: { flavor_id: 'modelarts.pool.visual.xlarge', pool_id: 'poolnope' } },
        },
        404,
        'ModelArts.2890',
      ],
      [
        {
          ...scriptJob('a4'),
          algorithm: { ...scriptJob('x').algorithm, engine: { engine_id: 'nope' } },
        },
        400,
        'ModelArts.2780',
      ],
      [scriptJob('a5', { nodes: 17 }), 400, 'ModelArts.2793'],
      [
        {
          ...scriptJob('a5b'),
          spec: { resource: { flavor_id: 'modelarts.vm.gpu.v100', node_count: 1 } },
        },
        400,
        'ModelArts.3976',
      ],
      [
        {
          ...scriptJob('a6'),
          algorithm: {
            ...scriptJob('x').algorithm,
            boot_file: '/test-modelarts/v2-code/missing.py',
          },
        },
        400,
        'ModelArts.2758',
      ],
      [{ ...scriptJob('TestModelArtsJob') }, 400, 'ModelArts.2751'],
    ];
    for (const [body, status, code] of cases) {
      const res = await emu.call('post', '/training-jobs', body);
      expect([res.status, res.body.error_code]).toEqual([status, code]);
    }
  });
});

describe('v2 search, details, modify, delete (§4.3–§4.6)', () => {
  it('searches with name like, phase in, create_time between, paging and sorting', async () => {
    const all = await emu.call('post', '/training-job-searches', {});
    expect(all.status).toBe(200);
    const page = TrainingJobSearchResponseSchema.parse(all.body);
    expect(page.total).toBeGreaterThanOrEqual(2);
    const like = await emu.call('post', '/training-job-searches', {
      offset: 0,
      limit: 1,
      filters: [
        { key: 'name', operator: 'like', value: ['modelartsjob'] },
        { key: 'create_time', operator: 'between', value: ['', ''] },
        { key: 'phase', operator: 'in', value: [''] },
        { key: 'algorithm_name', operator: 'like', value: [''] },
        { key: 'kind', operator: 'in', value: [] },
        { key: 'user_id', operator: 'in', value: [''] },
        { key: 'runtime_type', operator: 'in', value: ['debug'] },
      ],
    });
    expect(like.status).toBe(200);
    expect(like.body).toMatchObject({
      count: 2,
      limit: 1,
      offset: 0,
      sort_by: 'create_time',
      order: 'desc',
    });
    expect(like.body.items.map((j: { metadata: { name: string } }) => j.metadata.name)).toEqual([
      'TestModelArtsJob2',
    ]);
    const second = await emu.call('post', '/training-job-searches', {
      offset: 1,
      limit: 1,
      order: 'asc',
      sort_by: 'name',
      filters: [{ key: 'phase', operator: 'in', value: ['Completed'] }],
    });
    expect(second.body.items[0].metadata.name).toBe('TestModelArtsJob2');
    const byAlgo = await emu.call('post', '/training-job-searches', {
      filters: [
        { key: 'algorithm_name', operator: 'like', value: ['ttt-obs'] },
        { key: 'create_time', operator: 'between', value: ['0', String(Date.now() + 1000)] },
      ],
    });
    expect(byAlgo.body.count).toBe(1);
    const loose = await emu.call('post', '/training-job-searches', {
      filters: [{ value: ['x'] }, { key: 'phase', value: ['Completed'] }],
    });
    expect(loose.body.count).toBe(2);
    const none = await emu.call('post', '/training-job-searches', {
      filters: [{ key: 'create_time', operator: 'between', value: ['0', '1'] }],
    });
    expect(none.body).toMatchObject({ count: 0, items: [] });
  });

  it('rejects bad search bodies', async () => {
    const cases: Array<[unknown, string, RegExp]> = [
      [{ limit: 51 }, 'ModelArts.2788', /limit/],
      [{ filters: [{ key: 'color', operator: 'in', value: [] }] }, 'ModelArts.2789', /color/],
      [{ filters: [{ key: 'name', operator: 'between', value: [] }] }, 'ModelArts.2789', /between/],
      [{ sort_by: 'color' }, 'ModelArts.2790', /color/],
    ];
    for (const [body, code, msg] of cases) {
      const res = await emu.call('post', '/training-job-searches', body);
      expect(res.status).toBe(400);
      expect(res.body.error_code).toBe(code);
      expect(res.body.error_msg).toMatch(msg);
    }
  });

  it('modifies the description (200 null), deletes (202 "") and answers not-found', async () => {
    const created = await emu.call(
      'post',
      '/training-jobs',
      scriptJob('to-delete', { params: { steps: '50' } }),
    );
    const id = created.body.metadata.id as string;
    const put = await emu.call('put', `/training-jobs/${id}`, { description: 'hahaha' });
    expect(put.status).toBe(200);
    expect(put.text).toBe('null');
    expect((await emu.call('get', `/training-jobs/${id}`)).body.metadata.description).toBe(
      'hahaha',
    );
    const tooLong = await emu.call('put', `/training-jobs/${id}`, { description: 'x'.repeat(257) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error_msg).toContain('description');
    await emu.waitPhase(id, (p) => p === 'Running');
    const pid = emu.rt.v2.state.jobs.find((j) => j.id === id)!.tasks[0]!.pid!;
    expect(() => process.kill(pid, 0)).not.toThrow();
    const del = await emu.call('delete', `/training-jobs/${id}`);
    expect(del.status).toBe(202);
    expect(del.text).toBe('""');
    expect(() => process.kill(pid, 0)).toThrow();
    for (const [method, path, body] of [
      ['get', `/training-jobs/${id}`, undefined],
      ['put', `/training-jobs/${id}`, { description: '' }],
      ['delete', `/training-jobs/${id}`, undefined],
      ['post', `/training-jobs/${id}/actions`, { action_type: 'terminate' }],
      ['get', `/training-jobs/${id}/events`, undefined],
      ['get', `/training-jobs/${id}/metrics/worker-0`, undefined],
      ['get', `/training-jobs/${id}/tasks/worker-0/logs/preview`, undefined],
      ['get', `/training-jobs/${id}/tasks/worker-0/logs/url`, undefined],
    ] as const) {
      const res = await emu.call(method, path, body);
      expect([path, res.status, res.body.error_code]).toEqual([path, 400, 'ModelArts.2775']);
    }
  });
});

describe('v2 create from a subscription (§4.1)', () => {
  it('runs a subscribed algorithm version (subscription_id + item_version_id) and names it', async () => {
    const res = await emu.call('post', '/training-jobs', {
      kind: 'job',
      metadata: { name: 'subscribed_job' },
      algorithm: {
        subscription_id: SAMPLE_SUBSCRIPTION_ID,
        item_version_id: SAMPLE_ITEM_VERSION_ID,
        parameters: [{ name: 'steps', value: '2' }],
      },
      spec: { resource: { flavor_id: 'modelarts.vm.cpu.2u', node_count: 1 } },
    });
    expect(res.status).toBe(201);
    expect(res.body.algorithm).toMatchObject({
      subscription_id: SAMPLE_SUBSCRIPTION_ID,
      item_version_id: SAMPLE_ITEM_VERSION_ID,
      name: 'gallery-digits-softmax',
    });
    const done = await emu.waitPhase(
      res.body.metadata.id,
      (p) => p === 'Completed' || p === 'Failed',
    );
    expect(done.status.phase).toBe('Completed');
    const other = await emu.call('post', '/training-jobs', {
      kind: 'job',
      metadata: { name: 'subscribed_wrong_version' },
      algorithm: { subscription_id: SAMPLE_SUBSCRIPTION_ID, item_version_id: MISSING },
      spec: { resource: { flavor_id: 'modelarts.vm.cpu.2u', node_count: 1 } },
    });
    expect([other.status, other.body.error_code]).toEqual([400, 'ModelArts.2755']);
  });
});
