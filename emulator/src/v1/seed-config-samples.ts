/**
 * Seeds 000/001 (SDK `create_job_configs` / `update_job_configs`) as the REST bodies they send,
 * following catalog §3.18: PyTorch-1.0.0-python3.6 → engine_id 41 and modelarts.vm.gpu.p100 →
 * spec_id 40 in the emulator's catalog (a copy of shared's test fixture:
 * packages do not import each other's test files). Plus the REST pages' own samples, printed as they are.
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

export const SEED_000_OBS_BODY = {
  config_name: 'my_job_config',
  config_desc: 'my job config',
  ...seedEstimator,
  data_url: '/bucket/data/train/',
};

export const SEED_000_DATASET_BODY = {
  config_name: 'my_job_config',
  config_desc: 'my job config',
  ...seedEstimator,
  dataset_id: '4AZNvFkN7KYr5EdhFkH',
  dataset_version_id: 'UOF9BIeSGArwVt0oI6T',
};

export const SEED_001_OBS_BODY = {
  config_desc: 'update',
  ...seedEstimator,
  data_url: '/bucket/dataset/',
};

export const SEED_001_DATASET_BODY = {
  config_desc: 'update',
  ...seedEstimator,
  dataset_id: '4AZNvFkN7KYr5EdhFkH',
  dataset_version_id: 'UOF9BIeSGArwVt0oI6T',
};

export const SEED_001_DATA_SOURCE_BODY = {
  config_desc: 'update',
  ...seedEstimator,
  data_source: [
    { type: 'dataset', dataset_id: '4AZNvFkN7KYr5EdhFkH', dataset_version: 'UOF9BIeSGArwVt0oI6T' },
    { type: 'obs', data_url: '/bucket/dataset/' },
  ],
};

/** "Creating a Training Job Configuration" REST page sample. */
export const REST_CREATE_CONFIG_BODY = {
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
export const REST_UPDATE_CONFIG_BODY = {
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
