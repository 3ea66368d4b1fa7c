import type { DocumentedSample } from './sample-row.js';

const OLD = 'historical_apis/training_management_old_version';
const CFG = `${OLD}/training_job_parameter_configuration`;
const VIZ = `${OLD}/visualization_jobs`;

/**
 * Configuration names the config samples address (`config123`, `config`, `test-trainconfig`):
 * the test creates them first through the API (the create sample's body under that name).
 */
export const REFERENCED_CONFIG_NAMES = ['config123', 'config', 'test-trainconfig'] as const;

/** v1 configurations (§3.15), resource specs and engines (§3.13–3.14), built-ins (§3.12). */
export const V1_CATALOG_SAMPLES: DocumentedSample[] = [
  {
    page: `${CFG}/creating_a_training_job_configuration.rst`,
    index: 1,
    method: 'post',
    path: '/v1/{project_id}/training-job-configs',
    body: {
      config_name: 'testConfig',
      config_desc: 'This is config',
      worker_server_num: 1,
      app_url: '/usr/app/',
      boot_file_url: '/usr/app/boot.py',
      parameter: [
        { label: 'learning_rate', value: '0.01' },
        { label: 'batch_size', value: '32' },
      ],
      spec_id: 1,
      dataset_id: '38277e62-9e59-48f4-8d89-c8cf41622c24',
      dataset_version_id: '2ff0d6ba-c480-45ae-be41-09a8369bfc90',
      engine_id: 1,
      train_url: '/usr/train/',
      log_url: '/usr/log/',
      model_id: 1,
    },
  },
  {
    page: `${CFG}/querying_a_list_of_training_job_configurations.rst`,
    index: 1,
    method: 'get',
    path: '/v1/{project_id}/training-job-configs?per_page=10&page=1&sortBy=create_time&order=asc&search_content=configname',
  },
  {
    page: `${CFG}/querying_the_details_about_a_training_job_configuration.rst`,
    index: 1,
    method: 'get',
    path: '/v1/{project_id}/training-job-configs/config123',
  },
  {
    // `value` is printed as numbers here (0.01, 32), as strings on the create page.
    page: `${CFG}/modifying_a_training_job_configuration.rst`,
    index: 1,
    method: 'put',
    path: '/v1/{project_id}/training-job-configs/config',
    body: {
      config_desc: 'This is config',
      worker_server_num: 1,
      app_url: '/usr/app/',
      boot_file_url: '/usr/app/boot.py',
      parameter: [
        { label: 'learning_rate', value: 0.01 },
        { label: 'batch_size', value: 32 },
      ],
      spec_id: 1,
      dataset_id: '38277e62-9e59-48f4-8d89-c8cf41622c24',
      dataset_version_id: '2ff0d6ba-c480-45ae-be41-09a8369bfc90',
      engine_id: 1,
      train_url: '/usr/train/',
      log_url: '/usr/log/',
      model_id: 1,
    },
  },
  {
    page: `${CFG}/deleting_a_training_job_configuration.rst`,
    index: 1,
    method: 'delete',
    path: '/v1/{project_id}/training-job-configs/test-trainconfig',
  },
  {
    page: `${OLD}/resource_and_engine_specifications/querying_job_resource_specifications.rst`,
    index: 1,
    method: 'get',
    path: '/v1/{project_id}/job/resource-specs?job_type=train',
  },
  {
    page: `${OLD}/resource_and_engine_specifications/querying_job_engine_specifications.rst`,
    index: 1,
    method: 'get',
    path: '/v1/{project_id}/job/ai-engines?job_type=train',
  },
  {
    // The page prints `https://endpoint//v1/…`: the doubled slash after the host is dropped.
    page: `${OLD}/training_jobs/querying_a_built-in_algorithm.rst`,
    index: 1,
    method: 'get',
    path: '/v1/{project_id}/built-in-algorithms?per_page=10&page=1&sortBy=engine&order=asc&search_content=model',
  },
];

/** v1 visualization jobs (§3.16), in the order the test sends them. */
export const V1_VISUALIZATION_SAMPLES: DocumentedSample[] = [
  {
    page: `${VIZ}/creating_a_visualization_job.rst`,
    index: 1,
    method: 'post',
    path: '/v1/{project_id}/visualization-jobs',
    body: {
      job_name: 'visualization-job',
      job_desc: 'this is a visualization job',
      train_url: '/obs/name/',
      job_type: 'mindinsight',
      schedule: [{ type: 'stop', time_unit: 'HOURS', duration: 1 }],
    },
    saves: { viz: 'job_id' },
  },
  {
    // The page prints spaces in the URL (`visualization-jobs ?status=…&order=asc& search_content=…`),
    // which no client can send: they are dropped.
    page: `${VIZ}/querying_a_visualization_job_list.rst`,
    index: 1,
    method: 'get',
    path: '/v1/{project_id}/visualization-jobs?status=7&per_page=10&page=1&sortBy=status&order=asc&search_content=job_name',
  },
  {
    page: `${VIZ}/querying_the_details_about_a_visualization_job.rst`,
    index: 1,
    method: 'get',
    path: '/v1/{project_id}/visualization-jobs/10',
    fill: { 'visualization-jobs': 'viz' },
  },
  {
    page: `${VIZ}/modifying_the_description_of_a_visualization_job.rst`,
    index: 1,
    method: 'put',
    path: '/v1/{project_id}/visualization-jobs/10',
    body: { job_desc: 'This is a ModelArts job' },
    fill: { 'visualization-jobs': 'viz' },
  },
  {
    page: `${VIZ}/stopping_a_visualization_job.rst`,
    index: 1,
    method: 'post',
    path: '/v1/{project_id}/visualization-jobs/10/stop',
    fill: { 'visualization-jobs': 'viz' },
  },
  {
    page: `${VIZ}/restarting_a_visualization_job.rst`,
    index: 1,
    method: 'post',
    path: '/v1/{project_id}/visualization-jobs/10/restart',
    fill: { 'visualization-jobs': 'viz' },
  },
  {
    page: `${VIZ}/deleting_a_visualization_job.rst`,
    index: 1,
    method: 'delete',
    path: '/v1/{project_id}/visualization-jobs/10',
    fill: { 'visualization-jobs': 'viz' },
  },
];
