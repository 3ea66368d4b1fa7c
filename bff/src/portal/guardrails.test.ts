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
