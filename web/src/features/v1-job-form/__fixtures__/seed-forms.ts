import { BLANK_FORM, type CreateJobFormValues } from '../form-values.js';

/** Form values a user enters to reproduce each seed-002 sample request (catalog §3.1, §5.1). */
const seed002Common: CreateJobFormValues = {
  ...BLANK_FORM,
  job_name: 'TestModelArtsJob',
  job_desc: 'This is a ModelArts job',
  workspace_id: 'af261af2218841ec960b01ab3cf1a5fa',
  resource: 'spec_id',
  spec_code: 'modelarts.vm.cpu.4u',
  spec_id: '1',
  train_url: '/usr/train/',
  log_url: '/usr/log/',
};

export const SEED_002_DATASET_FORM: CreateJobFormValues = {
  ...seed002Common,
  code_source: 'custom',
  engine_id: '1',
  app_url: '/usr/app/',
  boot_file_url: '/usr/app/boot.py',
  parameters: [
    { label: 'learning_rate', value: '0.01' },
    { label: 'batch_size', value: '32' },
  ],
  data_kind: 'dataset',
  dataset_id: '38277e62-9e59-48f4-8d89-c8cf41622c24',
  dataset_version_id: '2ff0d6ba-c480-45ae-be41-09a8369bfc90',
};

export const SEED_002_IMAGE_FORM: CreateJobFormValues = {
  ...seed002Common,
  job_name: 'TestModelArtsJob2',
  code_source: 'image',
  app_url: '/usr/app/',
  user_image_url: '100.125.5.235:20202/jobmng/custom-cpu-base:1.0',
  user_command:
    'bash -x /home/work/run_train.sh python /home/work/user-job-dir/app/mnist/mnist_softmax.py --data_url /home/work/user-job-dir/app/mnist_data',
  parameters: [{ label: 'CUSTOM_PARAM1', value: '1' }],
  data_kind: 'obs',
  data_url: '/usr/data/',
};

export const SEED_002_VOLUME_FORM: CreateJobFormValues = {
  ...SEED_002_DATASET_FORM,
  job_name: 'TestModelArtsJob3',
  volumes: [
    {
      kind: 'nfs',
      id: '43b37236-9afa-4855-8174-32254b9562e7',
      src_path: '192.168.8.150:/',
      dest_path: '/home/work/nas',
      read_only: false,
    },
    {
      kind: 'host_path',
      id: '',
      src_path: '/root/work',
      dest_path: '/home/mind',
      read_only: false,
    },
  ],
};
