import { describe, expect, it } from 'vitest';
import { searchPolicyView } from './search-policy.js';

describe('searchPolicyView', () => {
  it('is null for a job that does not search', () => {
    expect(searchPolicyView(null)).toBeNull();
    expect(searchPolicyView({})).toBeNull();
    expect(searchPolicyView({ search_params: 'nonsense' })).toBeNull();
  });

  it('says what is searched, how, and what is optimised', () => {
    expect(
      searchPolicyView({
        algo_configs: [
          {
            name: 'tpe_search',
            params: [
              { key: 'gamma', value: '0.25', type: 'Float' },
              { key: 'seed', value: 1, type: 'Int' },
            ],
          },
        ],
        search_params: [
          { name: 'lr', param_type: 'continuous', lower_bound: '0.001', upper_bound: '0.1' },
          { name: 'epochs', lower_bound: 1, upper_bound: 9, discrete_points_num: '3' },
          { name: 'bs', discrete_values: '16, 32' },
        ],
        reward_attrs: [{ name: 'loss', mode: 'min', regex: 'loss=([0-9.]+)' }],
        skip_search_params: 'bs',
      }),
    ).toEqual({
      algorithm: 'tpe_search (gamma 0.25, seed 1)',
      params: [
        { name: 'lr', kind: 'Range', values: '0.001 to 0.1' },
        { name: 'epochs', kind: 'Range', values: '1 to 9 (3 points)' },
        { name: 'bs', kind: 'Values', values: '16, 32' },
      ],
      reward: 'Minimise loss',
      rewardRegex: 'loss=([0-9.]+)',
      skip: 'bs',
    });
  });
});
