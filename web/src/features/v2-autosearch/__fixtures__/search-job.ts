/** A running v2 search job and its auto-search tables, shaped as the emulator's contract says. */
export const SEARCH_JOB = {
  kind: 'job',
  metadata: { id: 'job-1', name: 'search_job', create_time: 1_700_000_000_000 },
  status: { phase: 'Running', secondary_phase: 'Running', duration: 30_000, tasks: ['worker-0'] },
  algorithm: {
    code_dir: '/bucket/code/',
    boot_file: '/bucket/code/train.py',
    engine: { engine_id: 'pytorch-1.8' },
    parameters: [
      { name: 'learning_rate', value: '0.1' },
      { name: 'batch_size', value: '16' },
    ],
    policies: {
      auto_search: {
        search_params: [
          {
            name: 'learning_rate',
            param_type: 'continuous',
            lower_bound: '0.01',
            upper_bound: '0.2',
          },
          { name: 'batch_size', param_type: 'discrete', discrete_values: ['16', '32'] },
        ],
        reward_attrs: [{ name: 'acc', mode: 'max', regex: 'acc=([-+0-9.eE]+)' }],
        algo_configs: [{ name: 'tpe_search', params: [{ key: 'num_samples', value: '3' }] }],
      },
    },
  },
  spec: { resource: { flavor_id: 'modelarts.vm.cpu.8u', node_count: 1 } },
};

const HEADER = [
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
  'best_reward',
];
const config = (i: number, lr: number, bs: number) => ({
  learning_rate: lr,
  batch_size: bs,
  trial_index: i,
  'param/learning_rate': lr,
  'param/batch_size': bs,
});

/** Trial 0 ended with the best accuracy, 1 runs (its best is lower), 2 waits. */
export const TRIALS = {
  total: 3,
  count: 3,
  limit: 50,
  offset: 0,
  group_by: '',
  items: {
    header: HEADER,
    data: [
      [
        '0',
        'True',
        '314',
        config(0, 0.12, 32),
        'ae544174',
        '3',
        '9.1',
        '',
        '0.91',
        'TERMINATED',
        '0.93',
      ],
      [
        '1',
        'False',
        '315',
        config(1, 0.05512301741232006, 16),
        'ae548666',
        '2',
        '4.2',
        '',
        '0.5',
        'RUNNING',
        '0.6',
      ],
      ['2', 'False', '', config(2, 0.19, 16), 'ae54c0ea', '', '', '', '', 'PENDING', ''],
    ],
  },
};

/** `n` ended trials (ids `00000000`, `00000001`, … in hex); trial `best` has the highest reward. */
export function manyTrialRows(n: number, best: number): unknown[][] {
  return Array.from({ length: n }, (_, i) => {
    const reward = i === best ? '0.99' : (0.1 + (i % 10) / 100).toFixed(2);
    const id = i.toString(16).padStart(8, '0');
    return [
      String(i),
      'True',
      String(1000 + i),
      config(i, 0.01 * (i + 1), 16),
      id,
      '1',
      '1.0',
    ].concat(['', reward, 'TERMINATED', reward]);
  });
}

/** One `GET …/autosearch-trials` answer: `rows[offset, offset + limit)` (offset = item offset). */
export function trialsPageOf(rows: unknown[][], offset: number, limit: number) {
  const data = rows.slice(offset, offset + limit);
  return {
    total: rows.length,
    count: data.length,
    limit,
    offset,
    group_by: '',
    items: { header: HEADER, data },
  };
}

export const TRIAL_HISTORY = {
  header: [
    'done',
    'pid',
    'best_reward',
    'time_total_s',
    'config',
    'trial_id',
    'training_iteration',
    'reward_attr',
  ],
  data: [1, 2, 3].map((it) => [
    String(it === 3),
    '314',
    String([0.7, 0.93, 0.93][it - 1]),
    String(it * 3),
    config(0, 0.12, 32),
    'ae544174',
    String(it),
    String([0.7, 0.93, 0.91][it - 1]),
  ]),
};

export const PARAMETER_ANALYSIS = {
  header: ['parameters', 'the mean/std of importance'],
  data: [
    ['batch_size', '0.2443/0.3867'],
    ['learning_rate', '0.6992/0.4040'],
  ],
};
