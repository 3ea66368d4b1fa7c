/** `GET /v2/{project_id}/search-algorithms` as the API page prints it (catalog §4.15). */
export const SEARCH_ALGORITHMS = {
  search_algo_count: 2,
  search_algo_list: [
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
  ],
};
