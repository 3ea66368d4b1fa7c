import {
  BLANK_FORM,
  emptyDataRow,
  type CreateJobFormValues,
  type DataSourceRow,
  type VolumeRow,
} from './form-values.js';

type Maybe<T> = T | null | undefined;

interface EchoedDataSource {
  type?: Maybe<string>;
  data_url?: Maybe<string>;
  dataset_id?: Maybe<string>;
  dataset_version?: Maybe<string>;
}
interface EchoedVolumeBody {
  id?: Maybe<string>;
  src_path: string;
  dest_path: string;
  read_only?: Maybe<boolean>;
}
interface EchoedVolume {
  nfs?: Maybe<EchoedVolumeBody>;
  host_path?: Maybe<EchoedVolumeBody>;
}

/** The config fields a version (§3.4) or a saved configuration (§3.15c) echoes back. */
export interface JobConfigEcho {
  job_desc?: Maybe<string>;
  worker_server_num?: Maybe<number>;
  app_url?: Maybe<string>;
  boot_file_url?: Maybe<string>;
  engine_id?: Maybe<number>;
  model_id?: Maybe<number>;
  user_image_url?: Maybe<string>;
  user_command?: Maybe<string>;
  parameter?: Maybe<ReadonlyArray<{ label: string; value: string | number }>>;
  data_url?: Maybe<string>;
  dataset_id?: Maybe<string>;
  dataset_version_id?: Maybe<string>;
  data_source?: Maybe<ReadonlyArray<EchoedDataSource>>;
  spec_id?: Maybe<number>;
  spec_code?: Maybe<string>;
  flavor_code?: Maybe<string>;
  flavor?: Maybe<{ code: string }>;
  pool_id?: Maybe<string>;
  train_url?: Maybe<string>;
  log_url?: Maybe<string>;
  volumes?: Maybe<ReadonlyArray<EchoedVolume>>;
}

const text = (v: Maybe<string | number>) => (v === null || v === undefined ? '' : String(v));

function fromDataSource(s: EchoedDataSource): DataSourceRow {
  const isDataset = s.type === 'dataset' || (!s.type && Boolean(s.dataset_id));
  return isDataset
    ? {
        ...emptyDataRow('dataset'),
        dataset_id: text(s.dataset_id),
        dataset_version: text(s.dataset_version),
      }
    : { ...emptyDataRow('obs'), data_url: text(s.data_url) };
}

function fromVolume(v: EchoedVolume): VolumeRow {
  const body = v.nfs ?? v.host_path;
  return {
    kind: v.nfs ? 'nfs' : 'host_path',
    id: text(body?.id),
    src_path: body?.src_path ?? '',
    dest_path: body?.dest_path ?? '',
    read_only: body?.read_only ?? false,
  };
}

/**
 * Form values that reproduce an existing version or configuration: the inverse of `toJobConfig` for
 * the fields the API echoes (used by "New version" and "Create job from this configuration").
 */
export function fromJobConfig(c: JobConfigEcho): CreateJobFormValues {
  const codeSource = c.user_image_url ? 'image' : c.model_id ? 'builtin' : 'custom';
  const dataKind = c.data_source?.length ? 'list' : c.dataset_id ? 'dataset' : 'obs';
  const specCode = c.spec_code ?? c.flavor_code ?? c.flavor?.code ?? '';
  const resource = c.spec_id ? 'spec_id' : specCode ? 'flavor' : c.pool_id ? 'pool' : 'flavor';
  return {
    ...BLANK_FORM,
    job_desc: text(c.job_desc),
    code_source: codeSource,
    engine_id: codeSource === 'custom' ? text(c.engine_id) : '',
    app_url: text(c.app_url),
    boot_file_url: text(c.boot_file_url),
    model_id: text(c.model_id),
    user_image_url: text(c.user_image_url),
    user_command: text(c.user_command),
    data_kind: dataKind,
    data_url: text(c.data_url),
    dataset_id: text(c.dataset_id),
    dataset_version_id: text(c.dataset_version_id),
    data_rows: c.data_source?.length ? c.data_source.map(fromDataSource) : [emptyDataRow()],
    resource,
    spec_code: specCode,
    spec_id: text(c.spec_id),
    pool_id: resource === 'pool' ? text(c.pool_id) : '',
    worker_server_num: c.worker_server_num ?? 1,
    parameters: (c.parameter ?? []).map((p) => ({ label: p.label, value: String(p.value) })),
    train_url: text(c.train_url),
    log_url: text(c.log_url),
    volumes: (c.volumes ?? []).map(fromVolume),
  };
}

/** Completes the spec pair the form keeps: `spec_code` from `spec_id` or the other way round. */
export function withSpecPair(
  values: CreateJobFormValues,
  specs: ReadonlyArray<{ spec_id: number; spec_code: string }>,
): CreateJobFormValues {
  const byId = specs.find((s) => String(s.spec_id) === values.spec_id);
  const byCode = specs.find((s) => s.spec_code === values.spec_code);
  if (values.spec_id && byId) return { ...values, spec_code: byId.spec_code };
  if (byCode) return { ...values, spec_id: String(byCode.spec_id) };
  return values;
}

/**
 * The seed's engine and specification only where ModelArts offers them: seed 004 names engine 4
 * and `modelarts.vm.cpu.8u` (spec 27), which the documented lists do not contain. Kept, they
 * reached the request preview (and the request) while the pickers showed nothing chosen.
 */
export function onlyOffered(
  values: CreateJobFormValues,
  specs: ReadonlyArray<{ spec_id: number; spec_code: string }>,
  engines: ReadonlyArray<{ engine_id: number | string }>,
): CreateJobFormValues {
  const out = { ...values };
  if (out.engine_id && !engines.some((e) => String(e.engine_id) === out.engine_id)) {
    out.engine_id = '';
  }
  const spec = specs.find(
    (s) => s.spec_code === out.spec_code || String(s.spec_id) === out.spec_id,
  );
  if (!spec && (out.spec_code || out.spec_id)) {
    out.spec_code = '';
    out.spec_id = '';
  }
  return out;
}

/** `job` → `job-copy`, cut so the result stays within the 64 characters of a job name. */
export function copyJobName(name: string, suffix = '-copy'): string {
  return `${name.slice(0, 64 - suffix.length)}${suffix}`;
}

/** "Copy": a new job with a version's settings, under the version's job name + `-copy`. */
export function copyOfVersion(
  v: JobConfigEcho & { job_name?: Maybe<string> },
): CreateJobFormValues {
  return { ...fromJobConfig(v), job_name: copyJobName(v.job_name || 'job') };
}
