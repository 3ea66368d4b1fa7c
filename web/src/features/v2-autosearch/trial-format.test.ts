import { AutoSearchSchema, type AutoSearch } from '@console/shared';
import { describe, expect, it } from 'vitest';
import { formatValue, paramColumns, rewardOf } from './trial-format.js';
import { rewardPoints } from './trial-history.js';
import { TRIAL_HISTORY } from './__fixtures__/search-job.js';

describe('trial formatting', () => {
  it('shortens numbers, keeps text and shows empty cells as a dash', () => {
    expect(formatValue(0.05512301741232006)).toBe('0.05512');
    expect(formatValue('19.477163314819336')).toBe('19.48');
    expect(formatValue(32)).toBe('32');
    expect(formatValue("tensor(0.0754, device='cuda:0')")).toBe("tensor(0.0754, device='cuda:0')");
    expect(formatValue('')).toBe('—');
    expect(formatValue(null)).toBe('—');
    expect(formatValue({ a: 1 })).toBe('{"a":1}');
  });

  it('orders parameter columns as the job searched them, then other sampled keys', () => {
    const search: AutoSearch = { search_params: [{ name: 'b' }, { name: ' ' }, { name: 'a' }] };
    expect(paramColumns(search, [{ a: 1, c: 2 }, { b: 3 }])).toEqual(['b', 'a', 'c']);
  });

  it('reads the reward metric with its defaults', () => {
    expect(
      rewardOf(AutoSearchSchema.parse({ reward_attrs: [{ name: 'loss', mode: 'min' }] })),
    ).toEqual({
      name: 'loss',
      mode: 'min',
    });
    expect(rewardOf(AutoSearchSchema.parse({}))).toEqual({ name: 'reward', mode: 'max' });
  });

  it('turns a trial history into reward points per iteration', () => {
    expect(rewardPoints(TRIAL_HISTORY)).toEqual([
      { iteration: 1, reward: 0.7 },
      { iteration: 2, reward: 0.93 },
      { iteration: 3, reward: 0.91 },
    ]);
    expect(rewardPoints({ header: ['reward_attr'], data: [['0.5'], ['nan?']] })).toEqual([
      { iteration: 1, reward: 0.5 },
      { iteration: 2, reward: null },
    ]);
  });
});
