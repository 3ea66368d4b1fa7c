import type { SearchAlgorithmName } from './search-types.js';

export interface SearchAlgorithmParam {
  key: string;
  value: string;
  type: 'String' | 'Float' | 'Integer';
}

export interface SearchAlgorithm {
  name: SearchAlgorithmName;
  params: SearchAlgorithmParam[];
  description: string;
}

/** `GET /v2/{project_id}/search-algorithms` as the page's sample lists them (names, defaults, types). */
export const SEARCH_ALGORITHMS: readonly SearchAlgorithm[] = [
  {
    name: 'bayes_opt_search',
    params: [
      { key: 'kind', value: 'ucb', type: 'String' },
      { key: 'kappa', value: '2.5', type: 'Float' },
      { key: 'xi', value: '0.0', type: 'Float' },
      { key: 'num_samples', value: '20', type: 'Integer' },
      { key: 'seed', value: '1', type: 'Integer' },
    ],
    description: 'Hyperparameter search using Gaussian process.',
  },
  {
    name: 'tpe_search',
    params: [
      { key: 'gamma', value: '0.25', type: 'Float' },
      { key: 'n_initial_points', value: '20', type: 'Integer' },
      { key: 'num_samples', value: '20', type: 'Integer' },
      { key: 'seed', value: '1', type: 'Integer' },
    ],
    description: 'Hyperparameter search using the tree-structured Parzen estimator algorithm.',
  },
  {
    name: 'anneal_search',
    params: [
      { key: 'avg_best_idx', value: '2.0', type: 'Float' },
      { key: 'shrink_coef', value: '0.1', type: 'Float' },
      { key: 'num_samples', value: '20', type: 'Integer' },
      { key: 'seed', value: '1', type: 'Integer' },
    ],
    description: 'Hyperparameter search using simulated annealing algorithm.',
  },
];

/** Used when a search job names no algorithm (`algo_configs` empty or without `name`). */
export const DEFAULT_SEARCH_ALGORITHM: SearchAlgorithmName = 'bayes_opt_search';

export function findSearchAlgorithm(name: string): SearchAlgorithm | undefined {
  return SEARCH_ALGORITHMS.find((a) => a.name === name);
}

export function searchAlgorithmList() {
  return {
    search_algo_count: SEARCH_ALGORITHMS.length,
    search_algo_list: SEARCH_ALGORITHMS.map((a) => ({
      name: a.name,
      params: a.params.map((p) => ({ ...p })),
      description: a.description,
    })),
  };
}
