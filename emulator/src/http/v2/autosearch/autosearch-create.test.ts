import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createV2TestEmulator, searchJob, type V2TestEmulator } from '../v2-test-support.js';

let emu: V2TestEmulator;
beforeAll(async () => {
  emu = await createV2TestEmulator();
});
afterAll(async () => emu.cleanup());

describe('create validation of a search job', () => {
  const post = (body: unknown) => emu.call('post', '/training-jobs', body);
  const fieldError = async (body: unknown, field: string) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.body.error_code).toBe('ModelArts.2788');
    expect(res.body.error_msg).toContain(field);
    return res.body.error_msg as string;
  };
  const withSearch = (name: string, autoSearch: Record<string, unknown>) =>
    searchJob(name, { autoSearch });

  it('requires node_count 1', async () => {
    await fieldError(searchJob('two', { nodes: 2 }), 'spec.resource.node_count');
  });

  it('knows only the three algorithms', async () => {
    const msg = await fieldError(
      searchJob('bad-algo', { algorithm: 'grid_search' }),
      'algo_configs',
    );
    expect(msg).toContain('algorithm.policies.auto_search.algo_configs[0].name');
    expect(msg).toContain('grid_search');
  });

  it.each(['0', '101', '2.5', 'many'])('rejects num_samples %s', async (v) => {
    const body = withSearch(`samples-${v.replace('.', '-')}`, {
      algo_configs: [{ name: 'tpe_search', params: [{ key: 'num_samples', value: v }] }],
    });
    const msg = await fieldError(body, 'algo_configs[0].params[0].value');
    expect(msg).toContain('num_samples must be an integer from 1 to 100');
  });

  it('checks algorithm parameters it knows (gamma)', async () => {
    const body = withSearch('gamma', {
      algo_configs: [{ name: 'tpe_search', params: [{ key: 'gamma', value: '2' }] }],
    });
    expect(await fieldError(body, 'params[0].value')).toContain('gamma');
  });

  it('names the search_params field that is wrong', async () => {
    const base = { name: 'learning_rate', param_type: 'continuous' };
    await fieldError(
      withSearch('no-lower', { search_params: [{ ...base, upper_bound: '1' }] }),
      'search_params[0].lower_bound',
    );
    await fieldError(
      withSearch('upside-down', {
        search_params: [{ ...base, lower_bound: '1', upper_bound: '0.5' }],
      }),
      'search_params[0].upper_bound',
    );
    await fieldError(
      withSearch('no-values', {
        search_params: [{ name: 'batch_size', param_type: 'discrete', discrete_values: [] }],
      }),
      'search_params[0].discrete_values',
    );
    await fieldError(
      withSearch('points', {
        search_params: [{ ...base, lower_bound: '0', upper_bound: '1', discrete_points_num: '1' }],
      }),
      'search_params[0].discrete_points_num',
    );
    await fieldError(
      withSearch('twice', {
        search_params: [
          { ...base, lower_bound: '0', upper_bound: '1' },
          { ...base, lower_bound: '0', upper_bound: '1' },
        ],
      }),
      'search_params[1].name',
    );
    await fieldError(
      withSearch('all-skipped', { skip_search_params: 'learning_rate, batch_size' }),
      'skip_search_params',
    );
  });

  it('names a bad reward regex', async () => {
    await fieldError(
      withSearch('regex', { reward_attrs: [{ name: 'acc', regex: 'acc=([0-9' }] }),
      'reward_attrs[0].regex',
    );
  });

  it('refuses a reward regex that may backtrack catastrophically', async () => {
    const msg = await fieldError(
      withSearch('redos', {
        reward_attrs: [{ name: 'acc' }, { name: 'loss', regex: 'loss=(\\d+)+x' }],
      }),
      'algorithm.policies.auto_search.reward_attrs[1].regex',
    );
    expect(msg).toContain('nested quantifiers');
  });
});
