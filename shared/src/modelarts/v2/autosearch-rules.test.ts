import { describe, expect, it } from 'vitest';
import { AutoSearchSchema, defaultRewardRegex, SearchParamSchema } from './autosearch.js';

// The search_params rules of an auto-search job (catalog §4.1 policies.auto_search) edge by edge.

/** Each issue as `path: message`, [] when accepted. */
const issues = (param: object): string[] => {
  const r = AutoSearchSchema.safeParse({ search_params: [param] });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const P = 'search_params.0';

describe('search_params', () => {
  it('reads discrete values from a comma-separated string, trimmed, without empty ones', () => {
    expect(SearchParamSchema.parse({ discrete_values: ' a, b ,,c ,' }).discrete_values).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(SearchParamSchema.parse({ discrete_values: [1, true] }).discrete_values).toEqual([
      '1',
      'true',
    ]);
  });

  it.each([
    [{ name: 'lr', lower_bound: '0.1', upper_bound: '1' }, []],
    [{ name: 'lr', lower_bound: -1, upper_bound: 0 }, []],
    [{ name: 'lr', discrete_values: '1,2' }, []],
    [{ name: 'lr', param_type: 'discrete', discrete_values: ['a'], discrete_points_num: '2' }, []],
    [{ name: 'lr', lower_bound: '0', upper_bound: '1', discrete_points_num: ' ' }, []],
    [
      // continuous when it says so, values or not: its bounds are checked
      { name: 'lr', param_type: 'continuous', discrete_values: ['1'], upper_bound: '1' },
      [`${P}.lower_bound: search_params.lower_bound must be a number`],
    ],
    [
      { name: 'lr', lower_bound: '1', upper_bound: '1' },
      [`${P}.upper_bound: search_params.upper_bound must be greater than lower_bound`],
    ],
    [
      { name: 'lr', lower_bound: ' ', upper_bound: '1' },
      [`${P}.lower_bound: search_params.lower_bound must be a number`],
    ],
    [
      { name: 'lr', lower_bound: '0', upper_bound: 'x' },
      [`${P}.upper_bound: search_params.upper_bound must be a number`],
    ],
    [
      { name: 'lr', param_type: 'discrete', discrete_values: ' , ' },
      [`${P}.discrete_values: search_params.discrete_values needs at least one value`],
    ],
    [
      { name: 'a\nb', lower_bound: '0', upper_bound: '1' },
      [`${P}.name: search_params.name must be a single line (no line breaks)`],
    ],
    [
      { name: 'lr', discrete_values: ['a\rb'] },
      [
        `${P}.discrete_values.0: search_params.discrete_values must be a single line (no line breaks)`,
      ],
    ],
  ])('%j', (param, expected) => expect(issues(param)).toEqual(expected));

  it.each(['1', '0', '1.5', 'x2', ' 1', '2 x'])('discrete_points_num %j is refused', (points) =>
    expect(
      issues({ name: 'lr', lower_bound: '0', upper_bound: '1', discrete_points_num: points }),
    ).toEqual([
      `${P}.discrete_points_num: search_params.discrete_points_num must be a whole number of at least 2`,
    ]),
  );

  it.each(['2', ' 10 ', '123'])('discrete_points_num %j is accepted', (points) =>
    expect(
      issues({ name: 'lr', lower_bound: '0', upper_bound: '1', discrete_points_num: points }),
    ).toEqual([]),
  );
});

describe('defaultRewardRegex', () => {
  it('escapes the trimmed name and captures the number after = or :', () => {
    const source = defaultRewardRegex(' val.acc(1) ');
    expect(source).toBe('\\bval\\.acc\\(1\\)\\s*[=:]\\s*([-+]?\\.?[0-9][0-9.eE+-]*)');
    const re = new RegExp(source);
    expect(re.exec('epoch 3 val.acc(1): 0.93')?.[1]).toBe('0.93');
    expect(re.test('val_acc(1)=0.5')).toBe(false);
  });
});
