import type { TrainingFlavor } from '@console/shared';
import { describe, expect, it } from 'vitest';
import { describeFlavor, flavorOptions, maxNodesOf, soldOutCodes } from './flavor-options.js';

const cpu8: TrainingFlavor = {
  flavor_id: 'modelarts.vm.cpu.8u',
  flavor_type: 'CPU',
  max_num: 16,
  flavor_info: { cpu: { arch: 'x86', core_num: 8 }, memory: { size: 32, unit: 'GB' } },
};
const gpu: TrainingFlavor = {
  flavor_id: 'modelarts.p3.large.public.free',
  flavor_type: 'GPU',
  flavor_info: {
    max_num: 1,
    cpu: { core_num: 8 },
    gpu: { unit_num: 1, product_name: 'GP-Vnt1', memory: '32GB' },
    memory: { size: 64, unit: 'GB' },
  },
};
const pool: TrainingFlavor = {
  flavor_id: 'modelarts.pool.visual.xlarge',
  flavor_type: 'GPU',
  max_num: 8,
  attributes: { pool_only: 'true' },
};

describe('flavor options', () => {
  it('describes CPU, memory, GPU and the node bound', () => {
    expect(describeFlavor(cpu8)).toBe('8 vCPUs · 32 GB · up to 16 nodes');
    expect(describeFlavor(gpu)).toBe('8 vCPUs · 64 GB · 1 × GP-Vnt1 (32GB) · single node');
  });

  it('filters by pool kind and flavor type', () => {
    const all = [cpu8, gpu, pool];
    expect(flavorOptions(all, false, 'all').map((o) => o.value)).toEqual([
      'modelarts.vm.cpu.8u',
      'modelarts.p3.large.public.free',
    ]);
    expect(flavorOptions(all, false, 'GPU').map((o) => o.value)).toEqual([
      'modelarts.p3.large.public.free',
    ]);
    expect(flavorOptions(all, true, 'all').map((o) => o.value)).toEqual([
      'modelarts.pool.visual.xlarge',
    ]);
    expect(flavorOptions([cpu8], true, 'all')).toHaveLength(4);
  });

  it('bounds the node count by max_num', () => {
    expect(maxNodesOf([cpu8, gpu], 'modelarts.vm.cpu.8u')).toBe(16);
    expect(maxNodesOf([cpu8, gpu], 'modelarts.p3.large.public.free')).toBe(1);
    expect(maxNodesOf([cpu8], 'unknown')).toBeUndefined();
  });

  it('marks a flavor sold out when the public pool has no resources for its code', () => {
    const soldOut = soldOutCodes([
      { spec_code: 'modelarts.vm.cpu.8u', no_resource: true },
      { spec_code: 'modelarts.vm.cpu.2u', no_resource: false },
    ]);
    const [first, second] = flavorOptions([cpu8, gpu], false, 'all', soldOut);
    expect(first).toEqual({
      value: 'modelarts.vm.cpu.8u',
      label: 'modelarts.vm.cpu.8u — 8 vCPUs · 32 GB · up to 16 nodes — Sold out',
      disabled: true,
    });
    expect(second?.disabled).toBeUndefined();
  });
});
