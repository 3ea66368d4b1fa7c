import type { CreateJobConfig, DataSource, Volume } from '@console/shared';
import type { CreateJobFormValues, DataSourceRow, VolumeRow } from './form-values.js';

export function workerCount(value: number | string): number {
  if (typeof value === 'number') return value;
  const parsed = Number(value);
  return value.trim() === '' || Number.isNaN(parsed) ? 0 : parsed;
}

/** A numeric id typed into a text field: a number when it is one, else the raw text (the schema says why). */
function idValue(value: string): number {
  const text = value.trim();
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

const opt = <K extends string, V>(key: K, value: V | undefined | '') =>
  (value === undefined || value === '' ? {} : { [key]: value }) as Partial<Record<K, V>>;

function resourceFields(v: CreateJobFormValues): Partial<CreateJobConfig> {
  if (v.resource === 'pool') return opt('pool_id', v.pool_id.trim());
  if (v.resource === 'spec_id') return v.spec_id ? { spec_id: idValue(v.spec_id) } : {};
  const code = v.spec_code.trim();
  return code ? { flavor: { code } } : {};
}

function codeFields(v: CreateJobFormValues): Partial<CreateJobConfig> {
  if (v.code_source === 'builtin') return v.model_id ? { model_id: idValue(v.model_id) } : {};
  if (v.code_source === 'image') {
    return {
      ...opt('app_url', v.app_url.trim()),
      user_command: v.user_command.trim(),
      user_image_url: v.user_image_url.trim(),
    };
  }
  return {
    ...(v.engine_id ? { engine_id: idValue(v.engine_id) } : {}),
    app_url: v.app_url.trim(),
    boot_file_url: v.boot_file_url.trim(),
  };
}

export function toDataSource(row: DataSourceRow): DataSource {
  if (row.type === 'dataset') {
    return {
      type: 'dataset',
      dataset_id: row.dataset_id.trim(),
      dataset_version: row.dataset_version.trim(),
    };
  }
  return { type: 'obs', data_url: row.data_url.trim() };
}

function dataFields(v: CreateJobFormValues): Partial<CreateJobConfig> {
  if (v.data_kind === 'dataset') {
    return {
      dataset_id: v.dataset_id.trim(),
      dataset_version_id: v.dataset_version_id.trim(),
    };
  }
  if (v.data_kind === 'list') return { data_source: v.data_rows.map(toDataSource) };
  return { data_url: v.data_url.trim() };
}

export function toVolume(row: VolumeRow): Volume {
  const body = {
    src_path: row.src_path.trim(),
    dest_path: row.dest_path.trim(),
    read_only: row.read_only,
  };
  return row.kind === 'nfs' ? { nfs: { id: row.id.trim(), ...body } } : { host_path: body };
}

/**
 * The one mapping from form values to a v1 job `config` (catalog §3.1). Only the chosen code source,
 * data source and resource are sent: switching a switch removes the other's fields from the body.
 * Key order follows seed 004 for its fields.
 */
export function toJobConfig(v: CreateJobFormValues): CreateJobConfig {
  return {
    worker_server_num: workerCount(v.worker_server_num),
    parameter: v.parameters.map((p) => ({ label: p.label.trim(), value: p.value })),
    ...resourceFields(v),
    ...opt('train_url', v.train_url.trim()),
    ...codeFields(v),
    ...dataFields(v),
    ...opt('log_url', v.log_url.trim()),
    ...(v.volumes.length > 0 ? { volumes: v.volumes.map(toVolume) } : {}),
    ...(v.create_version === 'default' ? {} : { create_version: v.create_version === 'true' }),
  };
}
