import { describe, expect, it } from 'vitest';
import { allowedOnly, limitLines, nodeBound, obsHint, withHint } from './guardrails.js';
import { splitFieldPath } from './field-path.js';

describe('guardrails in the forms', () => {
  it('offers only the allowed items, or all when the role names none', () => {
    const items = ['a', 'b', 'c'];
    expect(allowedOnly(items, ['c', 'a'], (x) => x)).toEqual(['a', 'c']);
    expect(allowedOnly(items, undefined, (x) => x)).toEqual(items);
  });

  it('bounds nodes by the smaller of the resource and the role', () => {
    expect(nodeBound(16, { max_nodes: 2 })).toBe(2);
    expect(nodeBound(1, { max_nodes: 2 })).toBe(1);
    expect(nodeBound(undefined, { max_nodes: 2 })).toBe(2);
    expect(nodeBound(8, undefined)).toBe(8);
    expect(nodeBound(undefined, {})).toBeUndefined();
  });

  it('hints at the allowed OBS prefixes', () => {
    const g = { obs_prefixes: { code: ['/team/code/', '/shared/'] } };
    expect(obsHint(g, 'code')).toBe('Your role may use paths under /team/code/ or /shared/');
    expect(obsHint(g, 'data')).toBeUndefined();
    expect(withHint('Optional', 'Hint')).toBe('Optional. Hint');
    expect(withHint(undefined, 'Hint')).toBe('Hint');
    expect(withHint('Optional', undefined)).toBe('Optional');
  });

  it('says the limits in words, nothing when there are none', () => {
    expect(limitLines(undefined)).toEqual([]);
    expect(limitLines({})).toEqual([]);
    expect(
      limitLines({
        flavors: ['x.1'],
        max_nodes: 1,
        max_running_per_user: 3,
        auto_stop_max_hours: 24,
        obs_prefixes: { outputs: ['/out/'] },
      }),
    ).toEqual([
      'Flavors: x.1',
      'At most 1 node per job',
      'At most 3 of your jobs running at a time',
      'v2 jobs must stop by themselves within 24 hours',
      'Outputs under /out/',
    ]);
  });
});

describe('splitFieldPath', () => {
  it('reads dots and bracketed indices', () => {
    expect(splitFieldPath('config.data_source[1].data_url')).toEqual([
      'config',
      'data_source',
      1,
      'data_url',
    ]);
    expect(splitFieldPath('algorithm.outputs[0].remote.obs.obs_url')).toEqual([
      'algorithm',
      'outputs',
      0,
      'remote',
      'obs',
      'obs_url',
    ]);
    expect(splitFieldPath('config.worker_server_num')).toEqual(['config', 'worker_server_num']);
  });
});
