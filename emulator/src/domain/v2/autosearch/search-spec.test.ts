import { AutoSearchSchema, defaultRewardRegex, type AutoSearch } from '@console/shared';
import { describe, expect, it } from 'vitest';
import { resolveSearch } from './search-spec.js';
import type { V2Trial } from '../../../store/v2-search-types.js';
import { TrialReporter } from './trial-report.js';

const lr = { name: 'lr', param_type: 'continuous' as const, lower_bound: '0', upper_bound: '1' };
const spec = (extra: Partial<AutoSearch> = {}): AutoSearch => ({
  search_params: [lr],
  reward_attrs: [{ name: 'acc', mode: 'max' }],
  ...extra,
});
const resolve = (a: AutoSearch) =>
  resolveSearch(a, 1, () => Math.random().toString(16).slice(2, 10));
const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as Error & { status?: number }) ?? null;
  }
  return null;
};

describe('resolveSearch rules beyond the schema', () => {
  it('reads a named reward as a word of its own, with = or :', () => {
    const s = resolve(spec())!;
    const t = s.trials[0]! as V2Trial;
    const r = new TrialReporter(s);
    expect(r.line(t, 'train_acc=0.8 val_acc=0.7 acc=0.6', 1)).toBe(true);
    expect(r.line(t, 'val_acc: 0.5', 2)).toBe(false);
    expect(r.line(t, 'step 3, acc: 1.5e-1', 3)).toBe(true);
    expect(t.iterations.map((i) => i.reward)).toEqual([0.6, 0.15]);
  });

  it.each(['2.0', '1e1', '1', '0'])('rejects discrete_points_num %s as the schema does', (v) => {
    const a = spec({ search_params: [{ ...lr, discrete_points_num: v }] });
    expect(AutoSearchSchema.safeParse(a).success).toBe(false);
    const err = errorOf(() => resolve(a));
    expect(err?.status).toBe(400);
    expect(err?.message).toContain('search_params[0].discrete_points_num');
    expect(err?.message).toContain('must be a whole number of at least 2');
  });

  it('keeps a whole discrete_points_num of 2 or more', () => {
    const a = spec({ search_params: [{ ...lr, discrete_points_num: ' 5 ' }] });
    expect(resolve(a)!.dims[0]).toMatchObject({ kind: 'continuous', points: 5 });
  });

  it.each([
    ['(\\d+)+x', 0],
    ['(a*)*b', 1],
  ])('refuses the catastrophic regex %s', (regex, i) => {
    const attrs = [{ name: 'acc', regex: 'acc=([0-9.]+)' }, { name: 'loss' }];
    attrs[i] = { name: attrs[i]!.name, regex };
    const err = errorOf(() => resolve(spec({ reward_attrs: attrs })));
    expect(err?.status).toBe(400);
    expect(err?.message).toContain(`reward_attrs[${i}].regex`);
    expect(err?.message).toContain('may backtrack catastrophically (nested quantifiers)');
  });

  it('accepts ordinary regexes', () => {
    const attrs = [
      { name: 'acc', regex: 'acc=([0-9.]+)' },
      { name: 'loss', regex: 'loss=(\\S+)' },
      // The console sends the default for a metric given by name: it must pass the check.
      { name: 'val_acc', regex: defaultRewardRegex('val_acc') },
    ];
    expect(resolve(spec({ reward_attrs: attrs }))!.metrics.map((m) => m.name)).toEqual([
      'acc',
      'loss',
      'val_acc',
    ]);
  });
});
