/** One row of the search parameter editor (catalog §4.1 `search_params[]`). */
export interface SearchParamRow {
  name: string;
  type: 'continuous' | 'discrete';
  lowerBound: string;
  upperBound: string;
  /** Optional number of points of a continuous range (`discrete_points_num`). */
  pointsNum: string;
  /** Comma-separated; sent as an array of strings (`discrete_values`). */
  discreteValues: string;
}

/** One parameter of the chosen search algorithm; key and type come from `search-algorithms`. */
export interface AlgoParamRow {
  key: string;
  value: string;
  type: string;
}

/** The "Hyperparameter search" card: nothing of it is sent while `enabled` is false. */
export interface AutoSearchFormValues {
  enabled: boolean;
  algorithm: string;
  algoParams: AlgoParamRow[];
  searchParams: SearchParamRow[];
  rewardName: string;
  rewardMode: 'max' | 'min';
  /** Empty = the default `\\b<name>\\s*[=:]\\s*(<number>)` (see `defaultRewardRegex`). */
  rewardRegex: string;
  skipSearchParams: string;
}

export const EMPTY_AUTO_SEARCH: AutoSearchFormValues = {
  enabled: false,
  algorithm: '',
  algoParams: [],
  searchParams: [],
  rewardName: '',
  rewardMode: 'max',
  rewardRegex: '',
  skipSearchParams: '',
};

export const newSearchParam = (name = ''): SearchParamRow => ({
  name,
  type: 'continuous',
  lowerBound: '',
  upperBound: '',
  pointsNum: '',
  discreteValues: '',
});
