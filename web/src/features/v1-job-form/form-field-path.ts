import type { CreateJobFormValues } from './form-values.js';

const SAME_NAME = new Set([
  'worker_server_num',
  'engine_id',
  'app_url',
  'boot_file_url',
  'model_id',
  'user_image_url',
  'user_command',
  'train_url',
  'log_url',
  'data_url',
  'dataset_id',
  'dataset_version_id',
  'pool_id',
]);

function configFieldFor(path: readonly string[]): string | null {
  const [key, index, sub, leaf] = path;
  if (key === undefined) return null;
  if (key === 'flavor' || key === 'spec_id') return 'spec_code';
  if (key === 'parameter') {
    return index !== undefined && sub !== undefined ? `parameters.${index}.${sub}` : 'parameters';
  }
  if (key === 'data_source') {
    return index !== undefined && sub !== undefined ? `data_rows.${index}.${sub}` : 'data_kind';
  }
  if (key === 'volumes') {
    // volumes.0.nfs.id → volumes.0.id
    return index !== undefined && leaf !== undefined ? `volumes.${index}.${leaf}` : null;
  }
  return SAME_NAME.has(key) ? key : null;
}

/**
 * Where a request-body path is edited in the form, e.g. `config.data_source.0.data_url` →
 * `data_rows.0.data_url`. Accepts job/version bodies (`config.…`) and flat configuration bodies.
 * Returns null for paths the form has no field for (they then show on the form as a whole).
 */
export function formFieldForPath(path: ReadonlyArray<PropertyKey>): string | null {
  const parts = path.map(String);
  const [head] = parts;
  if (head === 'job_name' || head === 'config_name') return 'job_name';
  if (head === 'job_desc' || head === 'config_desc') return 'job_desc';
  if (head === 'workspace_id') return 'workspace_id';
  if (head === 'notification') return 'topic_urn';
  if (head === 'config') return configFieldFor(parts.slice(1));
  return configFieldFor(parts);
}

/** Whether a form field is on screen for the chosen switches (errors on hidden fields are not shown). */
export function isFieldVisible(field: string, v: CreateJobFormValues): boolean {
  const [head] = field.split('.');
  switch (head) {
    case 'engine_id':
    case 'boot_file_url':
      return v.code_source === 'custom';
    case 'app_url':
      return v.code_source !== 'builtin';
    case 'model_id':
      return v.code_source === 'builtin';
    case 'user_image_url':
    case 'user_command':
      return v.code_source === 'image';
    case 'data_url':
      return v.data_kind === 'obs';
    case 'dataset_id':
    case 'dataset_version_id':
      return v.data_kind === 'dataset';
    case 'data_rows':
      return v.data_kind === 'list';
    case 'spec_code':
      return v.resource !== 'pool';
    case 'pool_id':
      return v.resource === 'pool';
    case 'topic_urn':
      return v.notify;
    default:
      return true;
  }
}
