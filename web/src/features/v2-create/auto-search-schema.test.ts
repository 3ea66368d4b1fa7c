import { describe, expect, it } from 'vitest';
import { SEED_003_FORM_1 } from './__fixtures__/seed-003-forms.js';
import { EMPTY_AUTO_SEARCH, newSearchParam } from './auto-search-values.js';
import { formFieldForPath } from './form-field-path.js';
import { makeV2FormSchema } from './form-schema.js';
import type { V2JobFormValues } from './form-values.js';

const schema = makeV2FormSchema(() => 16);
const SEARCH = {
  ...EMPTY_AUTO_SEARCH,
  enabled: true,
  algorithm: 'tpe_search',
  algoParams: [{ key: 'num_samples', value: '2', type: 'Integer' }],
  searchParams: [{ ...newSearchParam('large_file_method'), lowerBound: '1', upperBound: '5' }],
  rewardName: 'acc',
};

function errorsOf(autoSearch: V2JobFormValues['autoSearch'], nodeCount = 1) {
  const parsed = schema.safeParse({ ...SEED_003_FORM_1, nodeCount, autoSearch });
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('v2 form schema: hyperparameter search', () => {
  it('accepts a complete search and ignores the card while off', () => {
    expect(errorsOf(SEARCH)).toEqual({});
    expect(errorsOf({ ...EMPTY_AUTO_SEARCH, searchParams: [newSearchParam()] }, 3)).toEqual({});
  });

  it('puts the shared AutoSearch rules beside the row field that broke them', () => {
    const errors = errorsOf({
      ...SEARCH,
      rewardRegex: '(unclosed',
      searchParams: [
        { ...newSearchParam(''), lowerBound: 'x', upperBound: '5' },
        { ...newSearchParam('b'), lowerBound: '2', upperBound: '1' },
        { ...newSearchParam('c'), type: 'discrete', discreteValues: ' , ' },
      ],
    });
    expect(errors).toEqual({
      'autoSearch.searchParams.0.name': 'search_params.name is required',
      'autoSearch.searchParams.0.lowerBound': 'search_params.lower_bound must be a number',
      'autoSearch.searchParams.1.upperBound':
        'search_params.upper_bound must be greater than lower_bound',
      'autoSearch.searchParams.2.discreteValues':
        'search_params.discrete_values needs at least one value',
      'autoSearch.rewardRegex': 'reward_attrs.regex is not a valid regular expression',
    });
  });

  it('asks for what a search needs: algorithm, parameters, metric, numbers', () => {
    const errors = errorsOf(
      {
        ...SEARCH,
        algorithm: '',
        algoParams: [
          { key: 'num_samples', value: '2.5', type: 'Integer' },
          { key: 'kappa', value: 'x', type: 'Float' },
          { key: 'kind', value: 'anything', type: 'String' },
        ],
        searchParams: [],
        rewardName: ' ',
      },
      2,
    );
    expect(errors).toEqual({
      'autoSearch.algorithm': 'Choose a search algorithm',
      'autoSearch.searchParams': 'Add at least one hyperparameter to search',
      'autoSearch.rewardName': 'reward_attrs.name is required',
      'autoSearch.algoParams.0.value': 'algo_configs.params num_samples must be a whole number',
      'autoSearch.algoParams.1.value': 'algo_configs.params kappa must be a number',
    });
  });

  it('flags a name listed twice and a bad number of points', () => {
    const row = { ...newSearchParam('lr'), lowerBound: '0', upperBound: '1' };
    expect(errorsOf({ ...SEARCH, searchParams: [row, { ...row, pointsNum: '0' }] })).toEqual({
      'autoSearch.searchParams.1.name': 'search_params.name lr is listed twice',
      'autoSearch.searchParams.1.pointsNum':
        'search_params.discrete_points_num must be a whole number of at least 2',
    });
  });

  it('takes a number of points only as a whole number of at least 2, as the shared rule does', () => {
    const row = { ...newSearchParam('lr'), lowerBound: '0', upperBound: '1' };
    const pointsError = (pointsNum: string) =>
      errorsOf({ ...SEARCH, searchParams: [{ ...row, pointsNum }] })[
        'autoSearch.searchParams.0.pointsNum'
      ];
    for (const bad of ['1', '0', '-2', '+3', '2.5', 'x'])
      expect(pointsError(bad), bad).toBe(
        'search_params.discrete_points_num must be a whole number of at least 2',
      );
    for (const ok of ['2', ' 10 ', '']) expect(pointsError(ok), ok).toBeUndefined();
  });

  it('maps a server error field inside auto_search to its input', () => {
    const at = (field: string) => formFieldForPath(field.split('.'), SEED_003_FORM_1);
    expect(at('algorithm.policies.auto_search.search_params[1].upper_bound')).toBe(
      'autoSearch.searchParams.1.upperBound',
    );
    expect(at('algorithm.policies.auto_search.search_params.0.discrete_values.2')).toBe(
      'autoSearch.searchParams.0.discreteValues',
    );
    expect(at('algorithm.policies.auto_search.reward_attrs.0.mode')).toBe('autoSearch.rewardMode');
    expect(at('algorithm.policies.auto_search.algo_configs.0.params.3.value')).toBe(
      'autoSearch.algoParams.3.value',
    );
    expect(at('algorithm.policies.auto_search.skip_search_params')).toBe(
      'autoSearch.skipSearchParams',
    );
    expect(at('algorithm.policies.auto_search')).toBe('autoSearch.enabled');
  });
});
