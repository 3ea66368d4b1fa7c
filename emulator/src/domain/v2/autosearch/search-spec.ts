import { randomBytes } from 'node:crypto';
import {
  BEST_REWARD_COLUMN,
  defaultRewardRegex,
  isDiscreteParam,
  isSearchJob,
  TRIAL_COLUMNS,
  type AutoSearch,
} from '@console/shared';
import isSafeRegex from 'safe-regex2';
import { invalidField } from '../v2-errors.js';
import { DEFAULT_SEARCH_ALGORITHM, findSearchAlgorithm } from './search-algorithms.js';
import type {
  ConfigValue,
  SearchDim,
  V2SearchState,
  V2Trial,
} from '../../../store/v2-search-types.js';

export const AUTO_SEARCH_FIELD = 'algorithm.policies.auto_search';
const F = AUTO_SEARCH_FIELD;
export const MAX_SAMPLES = 100;

/** Columns of the trials table that a metric name must not shadow. */
const RESERVED = new Set<string>([...TRIAL_COLUMNS, BEST_REWARD_COLUMN]);

const isNum = (v: string) => v.trim() !== '' && Number.isFinite(Number(v));
/** A discrete value as it goes into `config`: numbers stay numbers when they parse. */
export const discreteValue = (v: string): ConfigValue => (isNum(v) ? Number(v) : v);

export const randomTrialId = () => randomBytes(4).toString('hex');

type Rule = { test: (v: string) => boolean; says: string };
const RULES: Record<string, Rule> = {
  num_samples: {
    test: (v) => Number.isInteger(Number(v)) && Number(v) >= 1 && Number(v) <= MAX_SAMPLES,
    says: `an integer from 1 to ${MAX_SAMPLES}`,
  },
  seed: { test: (v) => isNum(v) && Number.isInteger(Number(v)), says: 'an integer' },
  kappa: { test: (v) => isNum(v) && Number(v) >= 0, says: 'a number >= 0' },
  xi: { test: (v) => isNum(v) && Number(v) >= 0, says: 'a number >= 0' },
  kind: { test: (v) => ['ucb', 'ei', 'poi'].includes(v), says: 'ucb, ei or poi' },
  gamma: { test: (v) => isNum(v) && Number(v) > 0 && Number(v) <= 1, says: 'a number in (0, 1]' },
  n_initial_points: {
    test: (v) => Number.isInteger(Number(v)) && Number(v) >= 1,
    says: 'an integer >= 1',
  },
  avg_best_idx: { test: (v) => isNum(v) && Number(v) > 0, says: 'a number > 0' },
  shrink_coef: { test: (v) => isNum(v) && Number(v) >= 0, says: 'a number >= 0' },
};

function algorithmOf(a: AutoSearch): Pick<V2SearchState, 'algorithm' | 'params'> {
  const cfg = a.algo_configs?.[0];
  const name = cfg?.name || DEFAULT_SEARCH_ALGORITHM;
  const algo = findSearchAlgorithm(name);
  if (!algo)
    throw invalidField(
      `${F}.algo_configs[0].name`,
      `algo_configs.name must be bayes_opt_search, tpe_search or anneal_search (got ${name})`,
    );
  const params = Object.fromEntries(algo.params.map((p) => [p.key, p.value]));
  (cfg?.params ?? []).forEach((p, i) => {
    if (!p.key) throw invalidField(`${F}.algo_configs[0].params[${i}].key`, 'key is required');
    const value = (p.value ?? '').trim();
    const rule = RULES[p.key];
    if (rule && !rule.test(value))
      throw invalidField(
        `${F}.algo_configs[0].params[${i}].value`,
        `${p.key} must be ${rule.says} (got "${value}")`,
      );
    params[p.key] = value;
  });
  return { algorithm: algo.name, params };
}

function dimsOf(a: AutoSearch): SearchDim[] {
  const skip = new Set(
    (a.skip_search_params ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const seen = new Set<string>();
  const dims: SearchDim[] = [];
  (a.search_params ?? []).forEach((p, i) => {
    const name = p.name ?? '';
    if (seen.has(name))
      throw invalidField(`${F}.search_params[${i}].name`, `search_params.name ${name} is repeated`);
    seen.add(name);
    if (skip.has(name)) return;
    if (isDiscreteParam(p)) {
      dims.push({ name, kind: 'discrete', values: (p.discrete_values ?? []).map(discreteValue) });
      return;
    }
    let points: number | null = null;
    const raw = (p.discrete_points_num ?? '').trim();
    if (raw !== '') {
      // as the shared schema: digits only ("2.0" and "1e1" are no whole numbers here)
      points = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
      if (!(points >= 2))
        throw invalidField(
          `${F}.search_params[${i}].discrete_points_num`,
          'search_params.discrete_points_num must be a whole number of at least 2',
        );
    }
    const lower = Number(p.lower_bound);
    const upper = Number(p.upper_bound);
    dims.push({ name, kind: 'continuous', lower, upper, points });
  });
  if (dims.length === 0)
    throw invalidField(`${F}.skip_search_params`, 'every search parameter is skipped');
  return dims;
}

/** A user regex runs on every log line: one that may backtrack catastrophically is refused. */
function checkRegexes(attrs: NonNullable<AutoSearch['reward_attrs']>): void {
  attrs.forEach((r, i) => {
    if (r.regex && !isSafeRegex(r.regex))
      throw invalidField(
        `${F}.reward_attrs[${i}].regex`,
        `reward_attrs[${i}].regex may backtrack catastrophically (nested quantifiers); use a simpler pattern`,
      );
  });
}

function rewardOf(a: AutoSearch): Pick<V2SearchState, 'reward' | 'metrics'> {
  const attrs = a.reward_attrs ?? [];
  checkRegexes(attrs);
  const first = attrs[0] ?? {};
  const name = first.name ?? '';
  const regex = first.regex || (name ? defaultRewardRegex(name) : '');
  if (!regex)
    throw invalidField(`${F}.reward_attrs[0].regex`, 'reward_attrs needs a regex (or a name)');
  const metrics: V2SearchState['metrics'] = [];
  for (const r of attrs) {
    if (!r.name || RESERVED.has(r.name) || metrics.some((m) => m.name === r.name)) continue;
    metrics.push({ name: r.name, regex: r.regex || defaultRewardRegex(r.name) });
  }
  return { reward: { name, regex, mode: first.mode ?? 'max' }, metrics };
}

function newTrials(n: number, newId: () => string): V2Trial[] {
  const ids = new Set<string>();
  while (ids.size < n) ids.add(newId());
  return [...ids].map((trial_id, index) => ({
    trial_id,
    index,
    status: 'PENDING',
    config: null,
    pid: null,
    start_at: null,
    end_at: null,
    exit_code: null,
    early_stopped: false,
    iterations: [],
  }));
}

/**
 * The search a create body asks for (null when `policies.auto_search` is no search, see
 * isSearchJob), with every trial PENDING. Throws 400 ModelArts.2788 naming the field.
 */
export function resolveSearch(
  autoSearch: AutoSearch | null | undefined,
  nodeCount: number,
  newId: () => string = randomTrialId,
): V2SearchState | null {
  if (!isSearchJob(autoSearch)) return null;
  if (nodeCount !== 1)
    throw invalidField(
      'spec.resource.node_count',
      `a search job (${F}) runs its trials on 1 node; got ${nodeCount}`,
    );
  const { algorithm, params } = algorithmOf(autoSearch);
  const numSamples = Number(params.num_samples);
  return {
    algorithm,
    params,
    num_samples: numSamples,
    seed: Number(params.seed),
    dims: dimsOf(autoSearch),
    ...rewardOf(autoSearch),
    trials: newTrials(numSamples, newId),
  };
}
