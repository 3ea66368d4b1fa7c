import { BLANK_FORM, type CreateJobFormValues } from '../form-values.js';

/**
 * The Estimator of seeds 000/001 as form values (catalog §3.18: PyTorch-1.0.0-python3.6 → engine 41,
 * modelarts.vm.gpu.p100 → spec 40 in the emulator's catalog).
 */
export const SEED_000_ESTIMATOR_FORM: CreateJobFormValues = {
  ...BLANK_FORM,
  job_name: 'my_job_config',
  job_desc: 'my job config',
  code_source: 'custom',
  engine_id: '41',
  app_url: '/bucket/src/',
  boot_file_url: '/bucket/src/pytorch_sentiment.py',
  log_url: '/bucket/log/',
  parameters: [
    { label: 'classes', value: '10' },
    { label: 'lr', value: '0.001' },
  ],
  train_url: '/bucket/output/',
  resource: 'spec_id',
  spec_code: 'modelarts.vm.gpu.p100',
  spec_id: '40',
  worker_server_num: 1,
  data_kind: 'obs',
  data_url: '/bucket/data/train/',
};

export const SEED_000_DATASET_FORM: CreateJobFormValues = {
  ...SEED_000_ESTIMATOR_FORM,
  data_kind: 'dataset',
  dataset_id: '4AZNvFkN7KYr5EdhFkH',
  dataset_version_id: 'UOF9BIeSGArwVt0oI6T',
};

const update = { ...SEED_000_ESTIMATOR_FORM, job_desc: 'update' };
export const SEED_001_OBS_FORM: CreateJobFormValues = { ...update, data_url: '/bucket/dataset/' };
export const SEED_001_DATASET_FORM: CreateJobFormValues = {
  ...update,
  data_kind: 'dataset',
  dataset_id: '4AZNvFkN7KYr5EdhFkH',
  dataset_version_id: 'UOF9BIeSGArwVt0oI6T',
};
export const SEED_001_DATA_SOURCE_FORM: CreateJobFormValues = {
  ...update,
  data_kind: 'list',
  data_rows: [
    {
      type: 'dataset',
      data_url: '',
      dataset_id: '4AZNvFkN7KYr5EdhFkH',
      dataset_version: 'UOF9BIeSGArwVt0oI6T',
    },
    { type: 'obs', data_url: '/bucket/dataset/', dataset_id: '', dataset_version: '' },
  ],
};
