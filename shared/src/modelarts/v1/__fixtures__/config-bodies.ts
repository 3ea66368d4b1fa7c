/**
 * Seeds 000/001 (SDK `create_job_configs` / `update_job_configs`) as the REST bodies they send,
 * following catalog §3.18: PyTorch-1.0.0-python3.6 → engine_id 41 and modelarts.vm.gpu.p100 →
 * spec_id 40 in the emulator's catalog. Plus the REST pages' own samples, printed as they are.
 */
const seedEstimator = {
  worker_server_num: 1,
  app_url: '/bucket/src/',
  boot_file_url: '/bucket/src/pytorch_sentiment.py',
  log_url: '/bucket/log/',
  parameter: [
    { label: 'classes', value: '10' },
    { label: 'lr', value: '0.001' },
  ],
  train_url: '/bucket/output/',
  spec_id: 40,
  engine_id: 41,
};

export const seed000ObsConfigBody = {
  config_name: 'my_job_config',
  config_desc: 'my job config',
  ...seedEstimator,
  data_url: '/bucket/data/train/',
};

export const seed000DatasetConfigBody = {
  config_name: 'my_job_config',
  config_desc: 'my job config',
  ...seedEstimator,
  dataset_id: '4AZNvFkN7KYr5EdhFkH',
  dataset_version_id: 'UOF9BIeSGArwVt0oI6T',
};

export const seed001ObsUpdateBody = {
  config_desc: 'update',
  ...seedEstimator,
  data_url: '/bucket/dataset/',
};

export const seed001DatasetUpdateBody = {
  config_desc: 'update',
  ...seedEstimator,
  dataset_id: '4AZNvFkN7KYr5EdhFkH',
  dataset_version_id: 'UOF9BIeSGArwVt0oI6T',
};

export const seed001DataSourceUpdateBody = {
  config_desc: 'update',
  ...seedEstimator,
  data_source: [
    { type: 'dataset', dataset_id: '4AZNvFkN7KYr5EdhFkH', dataset_version: 'UOF9BIeSGArwVt0oI6T' },
    { type: 'obs', data_url: '/bucket/dataset/' },
  ],
};

/** "Creating a Training Job Configuration" REST page sample. */
export const restCreateConfigBody = {
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
};

/** "Modifying a Training Job Configuration" REST page sample (numbers as parameter values). */
export const restUpdateConfigBody = {
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
};

/** "Creating a Version of a Training Job" REST page sample (sends spec_id with pool_id, model_id with app_url). */
export const restCreateVersionBody = {
  job_desc: 'This is a ModelArts job',
  config: {
    worker_server_num: 1,
    app_url: '/usr/app/',
    boot_file_url: '/usr/app/boot.py',
    parameter: [
      { label: 'learning_rate', value: '0.01' },
      { label: 'batch_size', value: '32' },
    ],
    dataset_id: '38277e62-9e59-48f4-8d89-c8cf41622c24',
    dataset_version_id: '2ff0d6ba-c480-45ae-be41-09a8369bfc90',
    spec_id: 1,
    engine_id: 1,
    train_url: '/usr/train/',
    log_url: '/usr/log/',
    pre_version_id: 20,
    model_id: 1,
    pool_id: 'test-pool',
  },
};
