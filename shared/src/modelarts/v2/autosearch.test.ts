import { describe, expect, it } from 'vitest';
import { AutoSearchSchema, AutosearchTrialsResponseSchema, isSearchJob } from './autosearch.js';
import { trialRows } from './autosearch-table.js';

const issues = (body: unknown) =>
  AutoSearchSchema.safeParse(body).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('AutoSearchSchema', () => {
  it('accepts a search and reads discrete_values in both documented forms', () => {
    const a = AutoSearchSchema.parse({
      skip_search_params: '',
      reward_attrs: [{ name: 'acc', mode: 'max', regex: 'acc=([0-9.]+)' }],
      search_params: [
        { name: 'learning_rate', param_type: 'continuous', lower_bound: '0.01', upper_bound: 0.5 },
        { name: 'batch_size', param_type: 'discrete', discrete_values: '16, 32,64' },
        { name: 'epochs', param_type: 'discrete', discrete_values: [3, '5'] },
        { name: 'optimizer', discrete_values: ['sgd', 'adam'] },
      ],
      algo_configs: [
        { name: 'tpe_search', params: [{ key: 'num_samples', value: 6, type: 'Integer' }] },
      ],
    });
    expect(a.search_params?.[1]?.discrete_values).toEqual(['16', '32', '64']);
    expect(a.search_params?.[2]?.discrete_values).toEqual(['3', '5']);
    expect(a.search_params?.[0]?.upper_bound).toBe('0.5');
    expect(isSearchJob(a)).toBe(true);
    expect(isSearchJob({ skip_search_params: 'x' })).toBe(false);
    expect(isSearchJob({ ...a, reward_attrs: [{}] })).toBe(false);
    expect(isSearchJob({ ...a, reward_attrs: [{ regex: 'acc=(.*)' }] })).toBe(true);
  });

  it('names the field of each broken rule', () => {
    expect(
      issues({
        reward_attrs: [{ mode: 'best', regex: '(' }],
        search_params: [
          { param_type: 'continuous', lower_bound: '1', upper_bound: '0.5' },
          { name: 'bs', param_type: 'discrete', discrete_values: [] },
          { name: 'lr', lower_bound: 'x' },
        ],
      }),
    ).toEqual([['reward_attrs.0.mode', 'reward_attrs.mode must be max or min']]);
    expect(
      issues({
        reward_attrs: [{ regex: '(' }],
        search_params: [
          { param_type: 'continuous', lower_bound: '1', upper_bound: '0.5' },
          { name: 'bs', param_type: 'discrete', discrete_values: [] },
          { name: 'lr', lower_bound: 'x', discrete_points_num: '2.5' },
        ],
      }),
    ).toEqual([
      ['search_params.0.name', 'search_params.name is required'],
      ['search_params.0.upper_bound', 'search_params.upper_bound must be greater than lower_bound'],
      ['search_params.1.discrete_values', 'search_params.discrete_values needs at least one value'],
      [
        'search_params.2.discrete_points_num',
        'search_params.discrete_points_num must be a whole number of at least 2',
      ],
      ['search_params.2.lower_bound', 'search_params.lower_bound must be a number'],
      ['search_params.2.upper_bound', 'search_params.upper_bound must be a number'],
      ['reward_attrs.0.regex', 'reward_attrs.regex is not a valid regular expression'],
    ]);
  });
});

it('refuses control characters in what becomes a process argument, naming the field', () => {
  expect(
    issues({
      search_params: [
        { name: 'lr\u0000', lower_bound: '0', upper_bound: '1' },
        { name: 'bs', param_type: 'discrete', discrete_values: ['16', '32\u001b[2J'] },
      ],
    }),
  ).toEqual([
    ['search_params.0.name', 'search_params.name must not contain a NUL character'],
    [
      'search_params.1.discrete_values.1',
      'search_params.discrete_values must not contain control characters (found U+001B (ESC))',
    ],
  ]);
});

describe('trialRows', () => {
  it('reads the documented trials table', () => {
    const res = AutosearchTrialsResponseSchema.parse({
      total: 1,
      count: 1,
      limit: 50,
      offset: 0,
      group_by: '',
      items: {
        header: [
          '',
          'done',
          'pid',
          'config',
          'trial_id',
          'training_iteration',
          'time_total_s',
          'worker_index',
          'reward_attr',
          'status',
          'acc',
          'loss',
          'best_reward',
        ],
        data: [
          [
            '0',
            'True',
            '314',
            {
              batch_size: 32,
              learning_rate: 0.055,
              trial_index: 0,
              'param/batch_size': 32,
              'param/learning_rate': 0.055,
            },
            'ae544174',
            '2',
            '19.47',
            '',
            '0.0625',
            'TERMINATED',
            '0.0625',
            'tensor(0.0754)',
            '0.0625',
          ],
        ],
      },
    });
    expect(trialRows(res.items)).toEqual([
      {
        trialId: 'ae544174',
        status: 'TERMINATED',
        done: true,
        params: { batch_size: 32, learning_rate: 0.055 },
        reward: 0.0625,
        bestReward: 0.0625,
        iterations: 2,
        seconds: 19.47,
        metrics: { acc: '0.0625', loss: 'tensor(0.0754)' },
      },
    ]);
  });

  it('reads what a trials table leaves out or writes another way', () => {
    const header = ['', 'done', 'config', 'trial_id', 'status', 'reward_attr', 'best_reward'];
    const rows = trialRows({
      header: [...header, 'training_iteration', 'time_total_s'],
      data: [
        // no trial id, status or iterations; blank numbers; a config that is no object
        ['0', 'False', 'abc', undefined, undefined, '', '  ', undefined, 'n/a'],
        ['1', true, null, 't-2', 'RUNNING', ' 0.5 ', 7, '3', 12],
        ['2', 'TRUE', { lr: 0.1, trial_index: 2 }, 't-3', 'PENDING', null, {}, 'x', '1e2'],
      ],
    });
    expect(rows.map((r) => [r.trialId, r.status, r.done, r.params])).toEqual([
      ['', '', false, {}],
      ['t-2', 'RUNNING', true, {}],
      ['t-3', 'PENDING', true, { lr: 0.1 }],
    ]);
    expect(rows.map((r) => [r.reward, r.bestReward, r.iterations, r.seconds])).toEqual([
      [null, null, null, null],
      [0.5, 7, 3, 12],
      [null, null, null, 100],
    ]);
  });
});
