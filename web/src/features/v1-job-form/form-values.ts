/** What the create form edits; `toCreateJobRequest` turns it into the request body. */
export interface HyperparameterRow {
  label: string;
  value: string;
}

/** One `config.data_source[]` row. */
export interface DataSourceRow {
  type: 'obs' | 'dataset';
  data_url: string;
  dataset_id: string;
  dataset_version: string;
}

/** One `config.volumes[]` entry: `nfs` uses `id`, `host_path` ignores it. */
export interface VolumeRow {
  kind: 'nfs' | 'host_path';
  id: string;
  src_path: string;
  dest_path: string;
  read_only: boolean;
}

/** Custom code + engine, a built-in algorithm, or a custom image + command (exclusive). */
export type CodeSource = 'custom' | 'builtin' | 'image';
/** `data_url`, `dataset_id` + `dataset_version_id`, or a `data_source[]` list (exclusive). */
export type DataSourceKind = 'obs' | 'dataset' | 'list';
/** Spec sent as `flavor.code`, as `spec_id`, or a dedicated `pool_id`. */
export type ResourceKind = 'flavor' | 'spec_id' | 'pool';
export type CreateVersionChoice = 'default' | 'true' | 'false';

export interface CreateJobFormValues {
  job_name: string;
  job_desc: string;
  workspace_id: string;
  code_source: CodeSource;
  /** `engine_id` as the select's string value; empty when none is chosen. */
  engine_id: string;
  app_url: string;
  boot_file_url: string;
  model_id: string;
  user_image_url: string;
  user_command: string;
  data_kind: DataSourceKind;
  data_url: string;
  dataset_id: string;
  dataset_version_id: string;
  data_rows: DataSourceRow[];
  resource: ResourceKind;
  /** `spec_code` of the chosen resource specification. */
  spec_code: string;
  /** `spec_id` of the same spec (set together with `spec_code`). */
  spec_id: string;
  pool_id: string;
  /** Empty string while the number field is cleared. */
  worker_server_num: number | string;
  parameters: HyperparameterRow[];
  train_url: string;
  log_url: string;
  create_version: CreateVersionChoice;
  volumes: VolumeRow[];
  notify: boolean;
  topic_urn: string;
  events: string[];
}

export const emptyDataRow = (type: DataSourceRow['type'] = 'obs'): DataSourceRow => ({
  type,
  data_url: '',
  dataset_id: '',
  dataset_version: '',
});

export const emptyVolume = (kind: VolumeRow['kind']): VolumeRow => ({
  kind,
  id: '',
  src_path: '',
  dest_path: '',
  read_only: false,
});

/** A blank form (no source chosen beyond the first option of each switch). */
export const BLANK_FORM: CreateJobFormValues = {
  job_name: '',
  job_desc: '',
  workspace_id: '',
  code_source: 'custom',
  engine_id: '',
  app_url: '',
  boot_file_url: '',
  model_id: '',
  user_image_url: '',
  user_command: '',
  data_kind: 'obs',
  data_url: '',
  dataset_id: '',
  dataset_version_id: '',
  data_rows: [emptyDataRow()],
  resource: 'flavor',
  spec_code: '',
  spec_id: '',
  pool_id: '',
  worker_server_num: 1,
  parameters: [],
  train_url: '',
  log_url: '',
  create_version: 'default',
  volumes: [],
  notify: false,
  topic_urn: '',
  events: [],
};

/** Seed 004 (catalog §3.1) values, with an empty job name: the user names each job. */
export const SEED_004_DEFAULTS: CreateJobFormValues = {
  ...BLANK_FORM,
  job_desc: 'using TensorFlow for handwritten digit recognition',
  workspace_id: '0',
  spec_code: 'modelarts.vm.cpu.8u',
  spec_id: '27',
  engine_id: '4',
  app_url: '/test-modelarts/mnist-tensorflow-code/',
  boot_file_url: '/test-modelarts/mnist-tensorflow-code/train_mnist_tf.py',
  data_kind: 'list',
  data_rows: [{ ...emptyDataRow(), data_url: '/test-modelarts/dataset-mnist/' }],
  train_url: '/test-modelarts/mnist-model/output/',
  notify: true,
};
