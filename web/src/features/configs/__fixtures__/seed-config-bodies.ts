/** Seeds 000/001 as the REST bodies they send (catalog §3.15, §3.18). */
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
