import { setTimeout as sleep } from 'node:timers/promises';
import {
  AutosearchTrialsResponseSchema,
  ResultTableSchema,
  SearchAlgorithmListSchema,
  trialRows,
  YamlTemplateListSchema,
  YamlTemplateSchema,
} from '@console/shared';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF, startStack, type Stack } from '../test-support/stack.js';

const CODE = 'obs://test-modelarts/autosearch/';
const searchJob = (name: string, samples: number) => ({
  kind: 'job',
  metadata: { name },
  algorithm: {
    code_dir: CODE,
    boot_file: `${CODE}train_search.py`,
    engine: { engine_id: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64' },
    parameters: [{ name: 'epochs', value: '3' }],
    policies: {
      auto_search: {
        reward_attrs: [{ name: 'acc', mode: 'max', regex: 'acc=([0-9.]+)' }],
        search_params: [
          {
            name: 'learning_rate',
            param_type: 'continuous',
            lower_bound: '0.01',
            upper_bound: '1',
          },
        ],
        algo_configs: [
          { name: 'anneal_search', params: [{ key: 'num_samples', value: String(samples) }] },
        ],
      },
    },
  },
  spec: { resource: { flavor_id: 'modelarts.vm.cpu.8u', node_count: 1 } },
});

/** Catalog §4.15 through the BFF: every endpoint reached, bodies as the emulator sends them. */
describe('BFF against a real emulator: hyperparameter search (§4.15)', () => {
  let s: Stack;
  let cookie: string;
  const get = (p: string) => request(s.base).get(p).set('Cookie', cookie);
  const post = (p: string, body?: object) => {
    const r = request(s.base).post(p).set('Cookie', cookie).set(CSRF);
    return body ? r.send(body) : r;
  };

  beforeAll(async () => {
    s = await startStack(100);
    cookie = await s.login();
  });
  afterAll(async () => {
    await s?.stop();
  });

  it('lists search algorithms and YAML templates', async () => {
    const algos = SearchAlgorithmListSchema.parse((await get('/api/v2/search-algorithms')).body);
    expect(algos.search_algo_list.map((a) => a.name)).toEqual(
      expect.arrayContaining(['bayes_opt_search', 'tpe_search', 'anneal_search']),
    );
    const list = YamlTemplateListSchema.parse(
      (await get('/api/v2/training-jobs/autosearch/yaml-templates')).body,
    );
    expect(
      list.yaml_templates.find((t) => t.algorithm_type_en === 'hpo')?.algorithm_names,
    ).toContain('Bayes');
    const bayes = YamlTemplateSchema.parse(
      (await get('/api/v2/training-jobs/autosearch/yaml-templates/hpo/Bayes')).body,
    );
    expect(bayes.file_name).toBe('Bayes.yaml');
    expect(bayes.content).toContain('search_space');
  });

  it('runs a search, reads trials, a trial and the analysis, and refuses to early-stop an ended trial', async () => {
    const created = await post('/api/v2/training-jobs', searchJob('bff_search', 3));
    expect(created.status).toBe(201);
    const id = String(created.body.metadata.id);
    let phase = '';
    for (let i = 0; i < 300 && phase !== 'Completed' && phase !== 'Failed'; i++) {
      await sleep(200);
      phase = String((await get(`/api/v2/training-jobs/${id}`)).body.status?.phase);
    }
    expect(phase).toBe('Completed');
    const trials = AutosearchTrialsResponseSchema.parse(
      (await get(`/api/v2/training-jobs/${id}/autosearch-trials`)).body,
    );
    const rows = trialRows(trials.items);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.status === 'TERMINATED' && r.bestReward !== null)).toBe(true);
    const first = rows[0]?.trialId ?? '';
    const history = ResultTableSchema.parse(
      (await get(`/api/v2/training-jobs/${id}/autosearch-trials/${first}`)).body,
    );
    expect(history.data).toHaveLength(3);
    const analysis = ResultTableSchema.parse(
      (await get(`/api/v2/training-jobs/${id}/autosearch-parameter-analysis`)).body,
    );
    expect(analysis.data.map((r) => r[0])).toEqual(['learning_rate']);
    const image = await get(
      `/api/v2/training-jobs/${id}/autosearch-parameter-analysis/learning_rate`,
    );
    expect(image.body.file_path).toMatch(/hyperparameter-analysis\/fanova\/learning_rate\.png$/);
    // An ended trial cannot be stopped: the upstream error reaches the browser with its code.
    const late = await post(`/api/v2/training-jobs/${id}/autosearch-trial-earlystop/${first}`);
    expect(late.status).toBe(400);
    expect(late.body.error_code).toMatch(/^ModelArts\./);
    expect(late.body.error_msg).toContain(first);
  }, 90_000);

  it('refuses an invalid search before the upstream is called, naming the field', async () => {
    await s.clearRequests();
    const body = searchJob('bff_bad_search', 2);
    body.algorithm.policies.auto_search.search_params[0]!.upper_bound = '0.001';
    const r = await post('/api/v2/training-jobs', body);
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain('upper_bound must be greater than lower_bound');
    expect((await s.requests()).filter((q) => q.method === 'POST')).toEqual([]);
  });
});
