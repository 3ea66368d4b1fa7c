import type { TrainingJobVersion } from '@console/shared';
import * as i18n from '../../lib/i18n/i18n.js';
import { msg } from '../../lib/i18n/msg.js';

export type DiffGroup = 'Parameters' | 'Data' | 'Resources' | 'Engine' | 'Code' | 'Outputs';

/** One field across the compared versions, in the user's words (English, shown with `t`) with its API name. */
export interface DiffRow {
  group: DiffGroup;
  field: string;
  api: string;
  /** One per version, in the order given; `—` when the version does not set it. */
  values: string[];
  differs: boolean;
}

const NONE = '—';
const show = (v: unknown): string =>
  v === null || v === undefined || v === ''
    ? NONE
    : typeof v === 'object'
      ? JSON.stringify(v)
      : String(v);

interface Field {
  group: DiffGroup;
  field: string;
  api: string;
  read: (v: TrainingJobVersion) => unknown;
}

const dataset = (v: TrainingJobVersion) =>
  v.dataset_id
    ? `${v.dataset_name || v.dataset_id} / ${v.dataset_version_name || v.dataset_version_id || NONE}`
    : null;
const dataSources = (v: TrainingJobVersion) =>
  v.data_source?.length
    ? v.data_source
        .map((s) =>
          s.dataset_id
            ? i18n.t('dataset {{id}} @ {{version}}', {
                id: s.dataset_id,
                version: s.dataset_version ?? '',
              })
            : s.data_url,
        )
        .join(', ')
    : null;
const engine = (v: TrainingJobVersion) =>
  [v.engine_name, v.engine_version].filter(Boolean).join(' ') || null;
const volumes = (v: TrainingJobVersion) =>
  v.volumes?.length
    ? v.volumes
        .map((vol) => {
          const body = 'nfs' in vol ? vol.nfs : vol.host_path;
          const access = body.read_only ? ` ${i18n.t('(ro)')}` : '';
          return `${body.src_path} → ${body.dest_path}${access}`;
        })
        .join(', ')
    : null;

/** The fields compared besides the hyperparameters, grouped as the job page shows them. */
const FIELDS: readonly Field[] = [
  { group: 'Data', field: msg('Data path'), api: 'data_url', read: (v) => v.data_url },
  { group: 'Data', field: msg('Dataset'), api: 'dataset_id', read: dataset },
  { group: 'Data', field: msg('Data sources'), api: 'data_source', read: dataSources },
  {
    group: 'Resources',
    field: msg('Specification'),
    api: 'spec_code',
    read: (v) => v.spec_code || v.flavor_code,
  },
  {
    group: 'Resources',
    field: msg('Nodes'),
    api: 'worker_server_num',
    read: (v) => v.worker_server_num,
  },
  {
    group: 'Resources',
    field: msg('Resource pool'),
    api: 'pool_id',
    read: (v) => v.pool_name || v.pool_id,
  },
  { group: 'Engine', field: msg('Engine'), api: 'engine_name / engine_version', read: engine },
  { group: 'Code', field: msg('Code directory'), api: 'app_url', read: (v) => v.app_url },
  { group: 'Code', field: msg('Boot file'), api: 'boot_file_url', read: (v) => v.boot_file_url },
  { group: 'Code', field: msg('Built-in algorithm'), api: 'model_id', read: (v) => v.model_id },
  { group: 'Code', field: msg('Image'), api: 'user_image_url', read: (v) => v.user_image_url },
  { group: 'Code', field: msg('Boot command'), api: 'user_command', read: (v) => v.user_command },
  { group: 'Code', field: msg('Volumes'), api: 'volumes', read: volumes },
  { group: 'Outputs', field: msg('Output path'), api: 'train_url', read: (v) => v.train_url },
  { group: 'Outputs', field: msg('Log path'), api: 'log_url', read: (v) => v.log_url },
];

function row(group: DiffGroup, field: string, api: string, values: string[]): DiffRow {
  return { group, field, api, values, differs: values.some((x) => x !== values[0]) };
}

/**
 * Every compared field of the versions (hyperparameters first, by name, each once), with whether
 * its value differs between them. A hyperparameter one version does not set shows as `—`.
 */
export function versionDiff(versions: readonly TrainingJobVersion[]): DiffRow[] {
  const labels = [...new Set(versions.flatMap((v) => (v.parameter ?? []).map((p) => p.label)))];
  labels.sort((a, b) => a.localeCompare(b));
  const params = labels.map((label) =>
    row(
      'Parameters',
      label,
      `parameter[${label}]`,
      versions.map((v) => show(v.parameter?.find((p) => p.label === label)?.value)),
    ),
  );
  const others = FIELDS.map((f) =>
    row(
      f.group,
      f.field,
      f.api,
      versions.map((v) => show(f.read(v))),
    ),
  );
  return [...params, ...others];
}

/** The rows to show: only the differences, or every field that any version sets. */
export function visibleRows(rows: readonly DiffRow[], showAll: boolean): DiffRow[] {
  return rows.filter((r) => (showAll ? r.values.some((v) => v !== NONE) : r.differs));
}
