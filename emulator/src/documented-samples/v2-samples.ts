import type { DocumentedSample } from './sample-row.js';

const TM = 'training_management';

const ALGORITHM_JOB_CONFIG = {
  code_dir: '/algo-test/pytorch/work1/code/',
  boot_file: '/algo-test/pytorch/work1/code/test-pytorch.py',
  parameters: [
    {
      name: 'test-parameter',
      value: '10',
      constraint: {
        type: 'String',
        editable: true,
        required: false,
        sensitive: false,
        valid_type: 'None',
        valid_range: [],
      },
    },
  ],
  parameters_customization: true,
  inputs: [{ name: 'data_url', description: 'data source.' }],
  outputs: [{ name: 'train_url', description: 'model output.' }],
  engine: { engine_name: 'PyTorch', engine_version: 'PyTorch-1.3.0-python3.6' },
};

/** v2 algorithms (catalog §4.14); the algorithm is deleted after the job samples. */
export const V2_ALGORITHM_SAMPLES: DocumentedSample[] = [
  {
    page: `${TM}/creating_an_algorithm.rst`,
    index: 1,
    method: 'post',
    path: '/v2/{project_id}/algorithms',
    body: {
      metadata: { name: 'TestModelArtsalgorithm', description: 'This is a ModelArts algorithm' },
      advanced_config: {
        auto_search: {
          algo_configs: [
            {
              name: 'bayes_opt_search',
              params: [
                { key: 'kind', value: 'ucb', type: 'String' },
                { key: 'kappa', value: '2.5', type: 'Float' },
                { key: 'xi', value: '0.0', type: 'Float' },
                { key: 'num_samples', value: '20', type: 'Integer' },
                { key: 'seed', value: '1', type: 'Integer' },
              ],
            },
          ],
          reward_attrs: [{ name: 'max_search', mode: 'max', regex: '10.0' }],
          search_params: [{ name: 'test_search', lower_bound: '1', upper_bound: '10' }],
        },
      },
      job_config: ALGORITHM_JOB_CONFIG,
    },
    saves: { algorithm: 'metadata.id' },
  },
  {
    page: `${TM}/querying_the_algorithm_list.rst`,
    index: 1,
    method: 'get',
    path: '/v2/{project_id}/algorithms?limit=1&searches=name%3ATestModelArtsalgorithm',
  },
  {
    page: `${TM}/querying_algorithm_details.rst`,
    index: 1,
    method: 'get',
    path: '/v2/{project_id}/algorithms/2e5451fe-913f-4492-821a-2981031382f7',
    fill: { algorithms: 'algorithm' },
  },
  {
    page: `${TM}/modifying_an_algorithm.rst`,
    index: 1,
    method: 'put',
    path: '/v2/{project_id}/algorithms/2e5451fe-913f-4492-821a-2981031382f7',
    body: {
      metadata: {
        name: 'TestModelArtsalgorithm',
        description: 'This is a ModelArts algorithm modified',
      },
      job_config: ALGORITHM_JOB_CONFIG,
    },
    fill: { algorithms: 'algorithm' },
  },
];

/** v2 training jobs and the job search (§4.1–4.13), in the order the test sends them. */
export const V2_JOB_SAMPLES: DocumentedSample[] = [
  {
    // algorithm 3f5d6706-… is in the emulator's seed data (the seed-003 algorithm).
    page: `${TM}/creating_a_training_job.rst`,
    index: 1,
    method: 'post',
    path: '/v2/{project_id}/training-jobs',
    body: {
      kind: 'job',
      metadata: { name: 'TestModelArtsJob', description: 'This is a ModelArts job' },
      algorithm: {
        id: '3f5d6706-7b67-408d-8ba0-ec08048c45ed',
        parameters: [
          { name: 'input_dir', value: 'obs://test/moxingtest-dir/' },
          { name: 'input_file', value: 'obs://test/moxingtest/' },
          { name: 'large_file_method', value: '1' },
        ],
        policies: { auto_search: null },
        environments: {},
      },
      spec: {
        resource: { flavor_id: 'modelarts.p3.large.public.free', node_count: 1 },
        log_export_path: { obs_url: '' },
      },
    },
    saves: { job: 'metadata.id' },
  },
  {
    page: `${TM}/creating_a_training_job.rst`,
    index: 2,
    method: 'post',
    path: '/v2/{project_id}/training-jobs',
    body: {
      kind: 'job',
      metadata: { name: 'TestModelArtsJob2', description: 'This is a ModelArts job2' },
      algorithm: {
        engine: { image_url: 'xxxxxxxx/fastseq:1.2' },
        command: 'cd /home/ma-user/ddp_demo && sh run_ddp.sh',
        parameters: [],
        policies: { auto_search: null },
        environments: { NCCL_DEBUG: 'INFO', NCCL_IB_DISABLE: '0' },
      },
      spec: {
        resource: {
          flavor_id: 'modelarts.pool.visual.xlarge',
          node_count: 1,
          pool_id: 'poolfaf38d76',
        },
        log_export_path: { obs_url: '/training-test/limou/ddp-demo-log/' },
        volumes: [
          {
            nfs: {
              nfs_server_path: '192.168.0.82:/',
              local_path: '/home/ma-user/nfs/',
              read_only: false,
            },
          },
        ],
      },
    },
  },
  {
    page: `${TM}/querying_a_training_job_list.rst`,
    index: 1,
    method: 'post',
    path: '/v2/{project_id}/training-job-searches?limit=1',
    body: {
      offset: 0,
      limit: 1,
      filters: [
        { key: 'name', operator: 'like', value: ['trainjob'] },
        { key: 'create_time', operator: 'between', value: ['', ''] },
        { key: 'phase', operator: 'in', value: [''] },
        { key: 'algorithm_name', operator: 'like', value: [''] },
        { key: 'kind', operator: 'in', value: [] },
        { key: 'user_id', operator: 'in', value: [''] },
        { key: 'runtime_type', operator: 'in', value: ['debug'] },
      ],
    },
  },
  {
    page: `${TM}/querying_the_details_about_a_training_job.rst`,
    index: 1,
    method: 'get',
    path: '/v2/{project_id}/training-jobs/3faf5c03-aaa1-4cbe-879d-24b05d997347',
    fill: { 'training-jobs': 'job' },
  },
  {
    page: `${TM}/modifying_the_description_of_a_training_job.rst`,
    index: 1,
    method: 'put',
    path: '/v2/{project_id}/training-jobs/3faf5c03-aaa1-4cbe-879d-24b05d997347',
    body: { description: 'hahaha' },
    fill: { 'training-jobs': 'job' },
  },
  {
    page: `${TM}/obtaining_the_events_of_a_training_job.rst`,
    index: 1,
    method: 'get',
    path: '/v2/{project_id}/training-jobs/{training_job_id}/events?order=desc&offset=0&limit=10&start_time=1669449696964&end_time=1669711991259',
    fill: { 'training-jobs': 'job' },
  },
  {
    page: `${TM}/querying_the_logs_of_a_specified_task_in_a_given_training_job_preview.rst`,
    index: 1,
    method: 'get',
    path: '/v2/{project_id}/training-jobs/2cd88daa-31a4-40a8-a58f-d186b0e93e4f/tasks/worker-0/logs/preview',
    fill: { 'training-jobs': 'job' },
  },
  {
    page: `${TM}/querying_the_logs_of_a_specified_task_in_a_training_job_obs_link.rst`,
    index: 1,
    method: 'get',
    path: '/v2/{project_id}/training-jobs/2cd88daa-31a4-40a8-a58f-d186b0e93e4f/tasks/worker-0/logs/url?Content-Type=text/plain',
    fill: { 'training-jobs': 'job' },
  },
  {
    page: `${TM}/querying_the_running_metrics_of_a_specified_task_in_a_training_job.rst`,
    index: 1,
    method: 'get',
    path: '/v2/{project_id}/training-jobs/2cd88daa-31a4-40a8-a58f-d186b0e93e4f/metrics/worker-0',
    fill: { 'training-jobs': 'job' },
  },
  {
    page: `${TM}/obtaining_the_general_specifications_supported_by_a_training_job.rst`,
    index: 1,
    method: 'get',
    path: '/v2/{project_id}/training-job-flavors?flavor_type=CPU',
  },
  {
    page: `${TM}/obtaining_the_preset_ai_frameworks_supported_by_a_training_job.rst`,
    index: 1,
    method: 'get',
    path: '/v2/{project_id}/training-job-engines',
  },
  {
    page: `${TM}/obtaining_supported_hyperparameter_search_algorithms.rst`,
    index: 1,
    method: 'get',
    path: '/v2/{project_id}/search-algorithms',
  },
  {
    page: `${TM}/obtaining_information_about_the_yaml_template_of_an_auto_search_job.rst`,
    index: 1,
    method: 'get',
    path: '/v2/{project_id}/training-jobs/autosearch/yaml-templates',
  },
  {
    page: `${TM}/obtaining_the_content_of_the_yaml_template_of_an_auto_search_job.rst`,
    index: 1,
    method: 'get',
    path: '/v2/{project_id}/training-jobs/autosearch/yaml-templates/hpo/Bayes',
  },
  {
    // The text names job 3faf5c03-…, the URL cf63aba9-…: both stand for the job created above.
    page: `${TM}/terminating_a_training_job.rst`,
    index: 1,
    method: 'post',
    path: '/v2/{project_id}/training-jobs/cf63aba9-63b1-4219-b717-708a2665100b/actions',
    body: { action_type: 'terminate' },
    fill: { 'training-jobs': 'job' },
  },
  {
    page: `${TM}/deleting_a_training_job.rst`,
    index: 1,
    method: 'delete',
    path: '/v2/{project_id}/training-jobs/3faf5c03-aaa1-4cbe-879d-24b05d997347',
    fill: { 'training-jobs': 'job' },
  },
  {
    page: `${TM}/deleting_an_algorithm.rst`,
    index: 1,
    method: 'delete',
    path: '/v2/{project_id}/algorithms/2e5451fe-913f-4492-821a-2981031382f7',
    fill: { algorithms: 'algorithm' },
  },
];
