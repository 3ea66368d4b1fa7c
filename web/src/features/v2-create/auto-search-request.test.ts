import { AutoSearchSchema, isSearchJob } from '@console/shared';
import { describe, expect, it } from 'vitest';
import { defaultRewardRegex, splitValues, toAutoSearch } from './auto-search-request.js';
import { EMPTY_AUTO_SEARCH, newSearchParam } from './auto-search-values.js';

const ON = {
  ...EMPTY_AUTO_SEARCH,
  enabled: true,
  algorithm: 'bayes_opt_search',
  algoParams: [{ key: 'num_samples', value: ' 3 ', type: 'Integer' }],
  searchParams: [
    { ...newSearchParam(' lr '), lowerBound: ' 0.01', upperBound: '0.1 ' },
    {
      ...newSearchParam('bs'),
      type: 'discrete' as const,
      discreteValues: '16,32',
      lowerBound: '9',
    },
  ],
  rewardName: ' acc ',
};

describe('toAutoSearch', () => {
  it('is null while the search is off, whatever the card holds', () => {
    expect(toAutoSearch(EMPTY_AUTO_SEARCH)).toBeNull();
    expect(toAutoSearch({ ...ON, enabled: false })).toBeNull();
    expect(toAutoSearch(undefined)).toBeNull();
  });

  it('maps the card to AutoSearch, a search job by the shared rules', () => {
    const body = toAutoSearch(ON);
    expect(body).toStrictEqual({
      algo_configs: [
        { name: 'bayes_opt_search', params: [{ key: 'num_samples', value: '3', type: 'Integer' }] },
      ],
      search_params: [
        { name: 'lr', param_type: 'continuous', lower_bound: '0.01', upper_bound: '0.1' },
        { name: 'bs', param_type: 'discrete', discrete_values: ['16', '32'] },
      ],
      reward_attrs: [
        {
          name: 'acc',
          mode: 'max',
          regex: '\\bacc\\s*[=:]\\s*([-+]?\\.?[0-9][0-9.eE+-]*)',
        },
      ],
    });
    const parsed = AutoSearchSchema.safeParse(body);
    expect(parsed.success).toBe(true);
    expect(isSearchJob(parsed.data)).toBe(true);
  });

  it('keeps a typed regex, sends skip_search_params and leaves out an unchosen algorithm', () => {
    const body = toAutoSearch({
      ...ON,
      algorithm: '',
      rewardMode: 'min',
      rewardRegex: 'loss: (\\d+)',
      skipSearchParams: ' a,b ',
    });
    expect(body).not.toHaveProperty('algo_configs');
    expect(body?.reward_attrs).toEqual([{ name: 'acc', mode: 'min', regex: 'loss: (\\d+)' }]);
    expect(body?.skip_search_params).toBe('a,b');
  });

  it('escapes the metric name in the default regex and splits values on commas', () => {
    expect(defaultRewardRegex(' val.acc ')).toBe(
      '\\bval\\.acc\\s*[=:]\\s*([-+]?\\.?[0-9][0-9.eE+-]*)',
    );
    expect(new RegExp(defaultRewardRegex('acc')).exec('epoch 2 acc=9.5e-1')?.[1]).toBe('9.5e-1');
    expect(splitValues(' 1, ,2 ,3,')).toEqual(['1', '2', '3']);
  });

  it('reads the metric itself by default, not a longer name ending in it, after = or :', () => {
    const acc = new RegExp(defaultRewardRegex('acc'));
    expect(acc.exec('train_acc=0.8 val_acc=0.7 acc=0.6')?.[1]).toBe('0.6');
    expect(acc.exec('acc: 0.9')?.[1]).toBe('0.9');
    expect(acc.exec('step 3 acc = -1.5E-2 loss=4')?.[1]).toBe('-1.5E-2');
    expect(acc.exec('val_acc=0.7 accuracy=0.5')).toBeNull();
  });
});
