import { describe, expect, it } from 'vitest';
import { CreateTrainingJobV2RequestSchema } from './create-job.js';
import {
  seed003CustomImageBody,
  seed003FreeFlavorBody,
} from '../../fixtures/v2-seed-003-bodies.js';

const firstIssue = (body: unknown) => {
  const r = CreateTrainingJobV2RequestSchema.safeParse(body);
  if (r.success) throw new Error('expected a validation error');
  const issue = r.error.issues[0]!;
  return { path: issue.path.join('.'), message: issue.message };
};

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('CreateTrainingJobV2RequestSchema', () => {
  it.each([
    ['free flavor + algorithm id', seed003FreeFlavorBody],
    ['custom image + pool + nfs', seed003CustomImageBody],
  ])('accepts the seed-003 sample "%s" as it is', (_name, body) => {
    expect(CreateTrainingJobV2RequestSchema.parse(body)).toEqual(body);
  });

  it('accepts code_dir + boot_file with engine_name + engine_version and every option', () => {
    const body = {
      kind: 'job',
      metadata: {
        name: 'full_v2-job',
        description: '',
        annotations: { 'jupyter-lab/enable': 'true' },
      },
      algorithm: {
        code_dir: 'obs://test-modelarts/v2-code/',
        boot_file: 'obs://test-modelarts/v2-code/train_v2.py',
        engine: {
          engine_name: 'PyTorch',
          engine_version: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64',
        },
        parameters: [{ name: 'epochs', value: '3' }],
        inputs: [
          { name: 'data_url', remote: { obs: { obs_url: '/test-modelarts/dataset-mnist/' } } },
          {
            name: 'ds',
            local_dir: '/home/ma-user/ds',
            remote: { dataset: { id: 'a', version_id: 'b' } },
          },
        ],
        outputs: [{ name: 'train_url', remote: { obs: { obs_url: '/test-modelarts/out/' } } }],
        environments: { A_B: 'c' },
        policies: { auto_search: { skip_search_params: 'x' } },
        local_code_dir: '/home/ma-user/code',
        working_dir: '/home/ma-user/code',
      },
      spec: {
        resource: { flavor_id: 'modelarts.vm.cpu.8u', node_count: 2 },
        volumes: [{ obs: { obs_path: '/bkt/p', local_path: '/home/x' } }],
        log_export_path: { obs_url: 'obs://test-modelarts/logs/' },
        auto_stop: { time_unit: 'HOURS', duration: 1 },
      },
    };
    expect(CreateTrainingJobV2RequestSchema.parse(body)).toEqual(body);
  });

  it('names the field of a bad job name', () => {
    const body = clone(seed003FreeFlavorBody);
    body.metadata.name = 'bad name!';
    expect(firstIssue(body)).toEqual({
      path: 'metadata.name',
      message: 'metadata.name may contain only letters, digits, hyphens (-) and underscores (_)',
    });
  });

  it('rejects two algorithm sources at once', () => {
    const body = clone(seed003FreeFlavorBody) as Record<string, unknown> &
      typeof seed003FreeFlavorBody;
    Object.assign(body.algorithm, { code_dir: '/bkt/b/', boot_file: '/bkt/b/c.py' });
    expect(firstIssue(body)).toMatchObject({
      path: 'algorithm',
      message: expect.stringMatching(/exclusive/),
    });
  });

  it('requires a command with a custom image', () => {
    const body = clone(seed003CustomImageBody) as { algorithm: Record<string, unknown> };
    delete body.algorithm.command;
    expect(firstIssue(body)).toEqual({
      path: 'algorithm.command',
      message: 'algorithm.command is required with engine.image_url',
    });
  });

  it('requires an engine with code_dir + boot_file', () => {
    const body = {
      kind: 'job',
      metadata: { name: 'x' },
      algorithm: { code_dir: '/bkt/b/', boot_file: '/bkt/b/c.py' },
      spec: { resource: { flavor_id: 'f' } },
    };
    expect(firstIssue(body).path).toBe('algorithm.engine');
  });

  it('names node_count, environments and unknown keys', () => {
    const a = clone(seed003FreeFlavorBody);
    a.spec.resource.node_count = 0;
    expect(firstIssue(a)).toEqual({
      path: 'spec.resource.node_count',
      message: 'spec.resource.node_count must be at least 1',
    });
    const b = clone(seed003CustomImageBody) as {
      algorithm: { environments: Record<string, string> };
    };
    b.algorithm.environments = { '1BAD': 'x' };
    expect(firstIssue(b).message).toMatch(/environments/);
    const c = { ...clone(seed003FreeFlavorBody), extra: 1 };
    expect(firstIssue(c).message).toMatch(/extra/);
  });

  it('requires kind and a resource', () => {
    const { kind: _kind, ...noKind } = clone(seed003FreeFlavorBody);
    expect(firstIssue(noKind).path).toBe('kind');
    const noSpec = { ...clone(seed003FreeFlavorBody), spec: {} };
    expect(firstIssue(noSpec).path).toBe('spec.resource');
  });
});
