import { describe, expect, it } from 'vitest';
import { seed003CreateResponse } from '../../fixtures/v2-seed-003-bodies.js';
import { JobEventsResponseSchema } from './events.js';
import { TrainingJobV2Schema } from './job.js';
import { TaskLogPreviewSchema } from './logs.js';
import { TrainingFlavorListSchema, flavorMaxNodes } from './flavors.js';
import { isV2Terminal, v2PhaseInfo, v2SecondaryPhaseLabel } from './status.js';
import { TrainingJobSearchRequestSchema } from './search.js';

describe('v2 response schemas', () => {
  it('read the seed-003 job response', () => {
    const job = TrainingJobV2Schema.parse(seed003CreateResponse);
    expect(job.status.phase).toBe('Creating');
    expect(job.algorithm?.parameters?.[0]?.value).toBe('s://cn-north-4-rse/test/moxingtest-dir/');
  });

  it('read environments as a map or an array of maps', () => {
    const base = seed003CreateResponse;
    const asArray = {
      ...base,
      algorithm: { ...base.algorithm, environments: [{ A: '1' }, { B: 2 }] },
    };
    expect(TrainingJobV2Schema.parse(asArray).algorithm?.environments).toEqual({ A: '1', B: '2' });
    const asMap = { ...base, algorithm: { ...base.algorithm, environments: { A: '1' } } };
    expect(TrainingJobV2Schema.parse(asMap).algorithm?.environments).toEqual({ A: '1' });
  });

  it('read the old `context` log preview field and string sizes', () => {
    expect(TaskLogPreviewSchema.parse({ context: 'x\n', current_size: '2', full_size: 2 })).toEqual(
      {
        content: 'x\n',
        current_size: 2,
        full_size: 2,
      },
    );
  });

  it('read events with numbers as strings and the K8s spelling', () => {
    const r = JobEventsResponseSchema.parse({
      total: '1',
      limit: '10',
      offset: 0,
      events: [{ time: '2022-11-26T16:03:41+08:00', level: 'Info', message: 'm', source: 'K8s' }],
    });
    expect(r.total).toBe(1);
    expect(r.limit).toBe(10);
  });

  it('read flavors with max_num at either level', () => {
    const r = TrainingFlavorListSchema.parse({
      total_count: 1,
      flavors: [{ flavor_id: 'a', flavor_info: { max_num: 16, npu: { unit_num: '8' } } }],
    });
    expect(flavorMaxNodes(r.flavors[0]!)).toBe(16);
    expect(r.flavors[0]!.flavor_info?.npu?.unit_num).toBe('8');
  });

  it('validate the search body limit', () => {
    const r = TrainingJobSearchRequestSchema.safeParse({ limit: 51 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['limit']);
  });

  it('know phases, labels and terminals', () => {
    expect(v2PhaseInfo('Running').bucket).toBe('running');
    expect(v2PhaseInfo('Weird').bucket).toBe('unknown');
    expect(v2SecondaryPhaseLabel('CreateFailed')).toBe('Creation failed');
    expect(isV2Terminal('Terminated')).toBe(true);
    expect(isV2Terminal('Terminating')).toBe(false);
  });
});
