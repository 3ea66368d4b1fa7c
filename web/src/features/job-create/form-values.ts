/** What the create form edits; `toCreateJobRequest` turns it into the request body. */
export interface HyperparameterRow {
  label: string;
  value: string;
}

export interface CreateJobFormValues {
  job_name: string;
  job_desc: string;
  /** `spec_code` of the chosen resource specification, sent as `config.flavor.code`. */
  spec_code: string;
  /** `engine_id` as the select's string value; empty when none is chosen. */
  engine_id: string;
  app_url: string;
  boot_file_url: string;
  data_url: string;
  train_url: string;
  /** Empty string while the number field is cleared. */
  worker_server_num: number | string;
  parameters: HyperparameterRow[];
}

/** Seed 004 (catalog §3.1) values, with an empty job name: the user names each job. */
export const SEED_004_DEFAULTS: CreateJobFormValues = {
  job_name: '',
  job_desc: 'using TensorFlow for handwritten digit recognition',
  spec_code: 'modelarts.vm.cpu.8u',
  engine_id: '4',
  app_url: '/test-modelarts/mnist-tensorflow-code/',
  boot_file_url: '/test-modelarts/mnist-tensorflow-code/train_mnist_tf.py',
  data_url: '/test-modelarts/dataset-mnist/',
  train_url: '/test-modelarts/mnist-model/output/',
  worker_server_num: 1,
  parameters: [],
};
