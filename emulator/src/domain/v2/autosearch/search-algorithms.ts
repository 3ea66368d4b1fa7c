import { searchAlgorithmsSample } from '@console/shared/fixtures';
import type { SearchAlgorithmName } from '../../../store/v2-search-types.js';

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
export const SEARCH_ALGORITHMS: readonly SearchAlgorithm[] =
  searchAlgorithmsSample.search_algo_list.map((a) => ({
    name: a.name,
    params: a.params.map((p) => ({ ...p })),
    description: a.description,
  }));

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
