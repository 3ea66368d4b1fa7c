import { describe, expect, it } from 'vitest';
import { seed003FreeFlavorBody, seed004CreateBody } from '@console/shared/fixtures';
import { v1CreateProblems, v2CreateProblems } from './guardrails.js';

const g = {
  flavors: ['modelarts.vm.cpu.8u'],
  max_nodes: 2,
  obs_prefixes: {
    code: ['/test-modelarts/'],
    data: ['/test-modelarts/'],
    outputs: ['/test-modelarts/'],
  },
};

describe('guardrails of a v1 create', () => {
  it('passes a body within them', () => {
    expect(v1CreateProblems(seed004CreateBody, g)).toEqual([]);
    expect(v1CreateProblems(seed004CreateBody, {})).toEqual([]);
  });

  it('names each field that breaks one', () => {
    const body = structuredClone(seed004CreateBody);
    Object.assign(body.config, {
      flavor: { code: 'modelarts.vm.gpu.p100' },
      worker_server_num: 3,
      train_url: '/other-bucket/out/',
    });
    expect(v1CreateProblems(body, g)).toEqual([
      {
        field: 'config.flavor.code',
        message: 'config.flavor.code: your role may use modelarts.vm.cpu.8u',
      },
      {
        field: 'config.worker_server_num',
        message: 'config.worker_server_num: your role may use at most 2 nodes',
      },
      {
        field: 'config.train_url',
        message: 'config.train_url: outputs must be under /test-modelarts/',
      },
    ]);
  });

  it('refuses a v1 job when the role must stop by itself (v1 has no auto-stop)', () => {
    expect(v1CreateProblems(seed004CreateBody, { auto_stop_max_hours: 24 })[0]?.field).toBe(
      'config',
    );
  });
});

describe('guardrails of a v2 create', () => {
  it('reads obs:// and /bucket paths alike, and requires auto-stop within the maximum', () => {
    const withCode = (dir: string) => ({ ...seed003FreeFlavorBody, algorithm: { code_dir: dir } });
    const rails = { obs_prefixes: g.obs_prefixes };
    expect(v2CreateProblems(withCode('obs://test-modelarts/code/'), rails)).toEqual([]);
    expect(v2CreateProblems(withCode('/test-modelarts/code/'), rails)).toEqual([]);
    expect(v2CreateProblems(withCode('obs://test-modelarts-evil/code/'), rails)).toEqual([
      {
        field: 'algorithm.code_dir',
        message: 'algorithm.code_dir: code must be under /test-modelarts/',
      },
    ]);
    const stop = v2CreateProblems(seed003FreeFlavorBody, { auto_stop_max_hours: 24 });
    expect(stop).toEqual([
      {
        field: 'spec.auto_stop.duration',
        message:
          "spec.auto_stop.duration: your role's jobs must stop by themselves within 24 hours",
      },
    ]);
    const body = structuredClone(seed003FreeFlavorBody) as typeof seed003FreeFlavorBody & {
      spec: { auto_stop?: unknown };
    };
    body.spec.auto_stop = { time_unit: 'HOURS', duration: 25 };
    expect(v2CreateProblems(body, { auto_stop_max_hours: 24 })).toHaveLength(1);
    body.spec.auto_stop = { time_unit: 'HOURS', duration: 24 };
    expect(v2CreateProblems(body, { auto_stop_max_hours: 24 })).toEqual([]);
  });

  it('checks flavor and node count', () => {
    expect(
      v2CreateProblems(seed003FreeFlavorBody, { flavors: ['x'], max_nodes: 0 + 1 })[0],
    ).toEqual({
      field: 'spec.resource.flavor_id',
      message: 'spec.resource.flavor_id: your role may use x',
    });
  });
});

describe('guardrails: every path field and boundary', () => {
  const rails = {
    max_nodes: 2,
    obs_prefixes: { code: ['/ok/code/'], data: ['/ok/data/'], outputs: ['/ok/out/'] },
  };
  const fieldsOf = (problems: { field: string; message: string }[]) => problems.map((p) => p.field);

  it('v1: app_url, boot_file_url, data_url, each data_source and train_url', () => {
    const body = {
      config: {
        worker_server_num: 2,
        app_url: '/bad/',
        boot_file_url: '/bad/a.py',
        data_url: '/bad/d/',
        data_source: [
          { type: 'obs', data_url: '/ok/data/x/' },
          { type: 'obs', data_url: '/bad/' },
        ],
        train_url: '/bad/o/',
      },
    };
    expect(fieldsOf(v1CreateProblems(body, rails))).toEqual([
      'config.app_url',
      'config.boot_file_url',
      'config.data_url',
      'config.data_source[1].data_url',
      'config.train_url',
    ]);
    expect(v1CreateProblems(body, rails)[0]!.message).toBe(
      'config.app_url: code must be under /ok/code/',
    );
    const fine = {
      config: {
        worker_server_num: 2,
        app_url: '/ok/code/a/',
        data_url: '/ok/data/',
        train_url: '/ok/out/',
      },
    };
    expect(v1CreateProblems(fine, rails)).toEqual([]);
  });

  it('v2: code, boot file, each input and output; node count at and over the limit', () => {
    const io = (url: string) => ({ name: 'x', remote: { obs: { obs_url: url } } });
    const body = {
      algorithm: {
        code_dir: 'obs://ok/code/',
        boot_file: '/bad/b.py',
        inputs: [io('/ok/data/'), io('obs://bad/')],
        outputs: [io('/bad/out/')],
      },
      spec: { resource: { flavor_id: 'f', node_count: 3 } },
    };
    expect(fieldsOf(v2CreateProblems(body, rails))).toEqual([
      'spec.resource.node_count',
      'algorithm.boot_file',
      'algorithm.inputs[1].remote.obs.obs_url',
      'algorithm.outputs[0].remote.obs.obs_url',
    ]);
    expect(v2CreateProblems(body, rails)[0]!.message).toBe(
      'spec.resource.node_count: your role may use at most 2 nodes',
    );
    body.spec.resource.node_count = 2;
    expect(fieldsOf(v2CreateProblems(body, rails))).not.toContain('spec.resource.node_count');
  });

  it('reads a body that is not an object as empty, and a missing flavor as not allowed', () => {
    expect(v2CreateProblems('nonsense', {})).toEqual([]);
    expect(v1CreateProblems(null, {})).toEqual([]);
    expect(
      fieldsOf(v2CreateProblems({ spec: { resource: { pool_id: 'p' } } }, { flavors: ['f'] })),
    ).toEqual(['spec.resource.flavor_id']);
    expect(
      fieldsOf(v2CreateProblems({ spec: { resource: { flavor_id: '' } } }, { flavors: [''] })),
    ).toEqual(['spec.resource.flavor_id']);
  });
});
