import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AutosearchTrialsResponseSchema,
  ResultTableSchema,
  SearchAlgorithmListSchema,
  trialRows,
  YamlTemplateListSchema,
  YamlTemplateSchema,
} from '@console/shared';
import {
  createV2TestEmulator,
  scriptJob,
  searchJob,
  type V2TestEmulator,
} from '../v2-test-support.js';

let emu: V2TestEmulator;
beforeAll(async () => {
  emu = await createV2TestEmulator();
});
afterAll(async () => emu.cleanup());

/** The Bayes template text printed on the "content of the YAML template" page. */
const PAGE_BAYES =
  'general:\n  instance_per_trial: 1\n  gpu_per_instance: 1\n  cpu_per_instance: 1\n\nsearch_space:\n  - params:   # only support continuous params\n    - type: continuous_param\n      name : lr\n      start: 0.001\n      stop: 0.1\n\nsearch_algorithm:\n  type: bayes_opt_search\n  max_concurrent: 4\n  reward_attr: accuracy\n  num_samples: 8\n  kind : ucb\n  save_model_count : 3\n  mode: max\n\nscheduler:\n  type: FIFOScheduler';

describe('catalog endpoints (§4.15)', () => {
  it('lists the three documented search algorithms with their parameters', async () => {
    const res = await emu.call('get', '/search-algorithms');
    expect(res.status).toBe(200);
    const list = SearchAlgorithmListSchema.parse(res.body);
    expect(list.search_algo_count).toBe(3);
    const byName = Object.fromEntries(list.search_algo_list.map((a) => [a.name, a]));
    expect(Object.keys(byName)).toEqual(['bayes_opt_search', 'tpe_search', 'anneal_search']);
    expect(byName.bayes_opt_search!.params.map((p) => `${p.key}=${p.value}:${p.type}`)).toEqual([
      'kind=ucb:String',
      'kappa=2.5:Float',
      'xi=0.0:Float',
      'num_samples=20:Integer',
      'seed=1:Integer',
    ]);
    expect(byName.tpe_search!.params.map((p) => p.key)).toEqual([
      'gamma',
      'n_initial_points',
      'num_samples',
      'seed',
    ]);
    expect(byName.anneal_search!.params.find((p) => p.key === 'shrink_coef')?.value).toBe('0.1');
  });

  it('needs a token', async () => {
    const res = await request(emu.app).get(`${emu.base}/search-algorithms`);
    expect([res.status, res.body.error_code]).toEqual([401, 'ModelArts.0201']);
  });

  it('lists the YAML templates and serves every one as real YAML', async () => {
    const res = await emu.call('get', '/training-jobs/autosearch/yaml-templates');
    expect(res.status).toBe(200);
    const list = YamlTemplateListSchema.parse(res.body);
    expect(list.yaml_templates.map((t) => t.algorithm_type_en)).toEqual([
      'hpo',
      'nas',
      'augment',
      'compression',
    ]);
    expect(list.yaml_templates[0]!.algorithm_names).toEqual([
      'Anneal',
      'Bayes',
      'DragonFly',
      'FixNorm',
      'GridSearch',
      'TPE',
    ]);
    for (const t of list.yaml_templates)
      for (const name of t.algorithm_names) {
        const one = await emu.call(
          'get',
          `/training-jobs/autosearch/yaml-templates/${t.algorithm_type_en}/${name}`,
        );
        expect(one.status).toBe(200);
        const body = YamlTemplateSchema.parse(one.body);
        expect(body.file_name).toBe(`${name}.yaml`);
        expect(body.content).toMatch(/^general:\n/);
        expect(body.content).toMatch(/\nsearch_algorithm:\n {2}type: \w+/);
      }
  });

  it("serves the page's Bayes template as printed, names matched case-insensitively", async () => {
    const res = await emu.call('get', '/training-jobs/autosearch/yaml-templates/HPO/bayes');
    expect(res.body).toEqual({ file_name: 'Bayes.yaml', content: PAGE_BAYES });
  });

  it('answers 404 ModelArts.3021 for an unknown template', async () => {
    for (const p of ['hpo/Nope', 'nope/Bayes']) {
      const res = await emu.call('get', `/training-jobs/autosearch/yaml-templates/${p}`);
      expect(res.status).toBe(404);
      expect(res.body.error_code).toBe('ModelArts.3021');
      expect(res.body.error_msg).toContain(p);
    }
  });
});

describe('a search job before it ran, and jobs that are no search', () => {
  let id = '';
  beforeAll(async () => {
    const res = await emu.call(
      'post',
      '/training-jobs',
      searchJob('waiting', { samples: 4, epochs: 400 }),
    );
    expect(res.status).toBe(201);
    id = res.body.metadata.id;
  });
  afterAll(async () => {
    await emu.call('delete', `/training-jobs/${id}`);
  });

  it('shows num_samples PENDING trials with 8-hex ids right after create', async () => {
    const res = await emu.call('get', `/training-jobs/${id}/autosearch-trials?limit=3&offset=1`);
    expect(res.status).toBe(200);
    const page = AutosearchTrialsResponseSchema.parse(res.body);
    expect([page.total, page.count, page.limit, page.offset, page.group_by]).toEqual([
      4,
      3,
      3,
      1,
      '',
    ]);
    expect(page.items.header).toEqual([
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
    ]);
    const rows = trialRows(page.items);
    expect(rows.map((r) => r.status)).toEqual(['PENDING', 'PENDING', 'PENDING']);
    expect(rows.every((r) => /^[0-9a-f]{8}$/.test(r.trialId) && !r.done)).toBe(true);
    expect(page.items.data.map((row) => row[0])).toEqual(['1', '2', '3']);
    expect(page.items.data[0]![3]).toEqual({ trial_index: 1 });
  });

  it('early-stops a PENDING trial once (then 400), unknown trials 404', async () => {
    const all = AutosearchTrialsResponseSchema.parse(
      (await emu.call('get', `/training-jobs/${id}/autosearch-trials`)).body,
    );
    const last = trialRows(all.items)[3]!.trialId;
    const stop = await emu.call('post', `/training-jobs/${id}/autosearch-trial-earlystop/${last}`);
    expect(stop.status).toBe(200);
    expect(stop.body).toEqual({ earlystop_trial: last });
    const again = await emu.call('post', `/training-jobs/${id}/autosearch-trial-earlystop/${last}`);
    expect(again.status).toBe(400);
    expect(again.body.error_msg).toMatch(/already ended \(TERMINATED\)/);
    const after = trialRows(
      AutosearchTrialsResponseSchema.parse(
        (await emu.call('get', `/training-jobs/${id}/autosearch-trials`)).body,
      ).items,
    );
    expect(after[3]).toMatchObject({ status: 'TERMINATED', done: true, iterations: 0 });
    for (const p of [
      `/training-jobs/${id}/autosearch-trials/deadbeef`,
      `/training-jobs/${id}/autosearch-parameter-analysis/momentum`,
    ]) {
      const res = await emu.call('get', p);
      expect([res.status, res.body.error_code]).toEqual([404, 'ModelArts.5058']);
    }
    const unknown = await emu.call('post', `/training-jobs/${id}/autosearch-trial-earlystop/0`);
    expect(unknown.status).toBe(404);
  });

  it('answers an empty history and analysis while nothing ended', async () => {
    const trial = trialRows(
      AutosearchTrialsResponseSchema.parse(
        (await emu.call('get', `/training-jobs/${id}/autosearch-trials`)).body,
      ).items,
    )[2]!.trialId;
    const h = ResultTableSchema.parse(
      (await emu.call('get', `/training-jobs/${id}/autosearch-trials/${trial}`)).body,
    );
    expect(h.header).toEqual([
      'done',
      'pid',
      'best_reward',
      'time_total_s',
      'config',
      'acc',
      'loss',
      'trial_id',
      'training_iteration',
      'reward_attr',
    ]);
    expect(h.data).toEqual([]);
    const a = await emu.call('get', `/training-jobs/${id}/autosearch-parameter-analysis`);
    expect(a.body).toEqual({ header: ['parameters', 'the mean/std of importance'], data: [] });
  });

  it('checks limit and offset', async () => {
    for (const q of ['limit=0', 'limit=x', 'offset=-1']) {
      const res = await emu.call('get', `/training-jobs/${id}/autosearch-trials?${q}`);
      expect([res.status, res.body.error_code]).toEqual([400, 'ModelArts.2764']);
    }
  });

  it('gives a job that is no search an empty trials table and no trials', async () => {
    const res = await emu.call(
      'post',
      '/training-jobs',
      scriptJob('plain', { params: { steps: '1' } }),
    );
    const plain = res.body.metadata.id as string;
    const trials = await emu.call('get', `/training-jobs/${plain}/autosearch-trials`);
    expect(trials.status).toBe(200);
    expect(trials.body).toMatchObject({ total: 0, count: 0, limit: 50, offset: 0 });
    expect(trials.body.items.data).toEqual([]);
    const analysis = await emu.call('get', `/training-jobs/${plain}/autosearch-parameter-analysis`);
    expect(analysis.body.data).toEqual([]);
    const stop = await emu.call('post', `/training-jobs/${plain}/autosearch-trial-earlystop/abc`);
    expect(stop.status).toBe(404);
    const image = await emu.call(
      'get',
      `/training-jobs/${plain}/autosearch-parameter-analysis/steps`,
    );
    expect(image.status).toBe(404);
    await emu.waitPhase(plain, (p) => p === 'Completed');
  });

  it('answers an unknown job like every job route (400 ModelArts.2775)', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const [method, p] of [
      ['get', `/training-jobs/${missing}/autosearch-trials`],
      ['get', `/training-jobs/${missing}/autosearch-trials/abcd1234`],
      ['post', `/training-jobs/${missing}/autosearch-trial-earlystop/abcd1234`],
      ['get', `/training-jobs/${missing}/autosearch-parameter-analysis`],
      ['get', `/training-jobs/${missing}/autosearch-parameter-analysis/x`],
    ] as const) {
      const res = await emu.call(method, p);
      expect([res.status, res.body.error_code]).toEqual([400, 'ModelArts.2775']);
    }
  });
});
