import { isV1Terminal } from '@console/shared';
import type { JobRecord, VersionRecord } from '../../store/types.js';
import { findDatasetVersion } from '../datasets/sample-datasets.js';
import { findEngine, findSpecById, podVersion } from './catalog.js';
import { poolFor } from './pools.js';

/** Run time in ms: 0 before start, growing while running, fixed once terminal. */
export function durationOf(v: VersionRecord, now: number): number {
  if (v.start_time === null) return 0;
  const end = v.end_time ?? (isV1Terminal(v.status) ? v.start_time : now);
  return Math.max(0, end - v.start_time);
}

/** `data_url` as the cloud echoes it: the top-level one, else the first obs data_source entry. */
export function effectiveDataUrl(v: VersionRecord): string | null {
  const c = v.config;
  return c.data_url ?? c.data_source?.find((s) => s.data_url !== undefined)?.data_url ?? null;
}

export const latestVersion = (job: JobRecord): VersionRecord | undefined => job.versions.at(-1);

/** The fields a version shares in the versions list (§3.3) and details (§3.4). */
function versionFields(v: VersionRecord, now: number) {
  const c = v.config;
  const spec = v.spec_id === null ? undefined : findSpecById(v.spec_id);
  const engine = v.engine_id === null ? undefined : findEngine(v.engine_id);
  const pool = poolFor(c.pool_id, spec);
  const dataset =
    c.dataset_id && c.dataset_version_id
      ? findDatasetVersion(c.dataset_id, c.dataset_version_id)
      : undefined;
  const nfs = c.volumes?.find((x) => 'nfs' in x);
  const nas = nfs && 'nfs' in nfs ? nfs.nfs : undefined;
  return {
    version_id: v.version_id,
    version_name: v.version_name,
    pre_version_id: v.pre_version_id,
    engine_type: engine?.engine_type ?? null,
    engine_name: engine?.engine_name ?? null,
    engine_id: engine?.engine_id ?? null,
    engine_version: engine?.engine_version ?? null,
    status: v.status,
    app_url: c.app_url ?? null,
    boot_file_url: c.boot_file_url ?? null,
    create_time: v.create_time,
    start_time: v.start_time,
    duration: durationOf(v, now),
    parameter: c.parameter ?? [],
    spec_id: spec?.spec_id ?? null,
    spec_code: spec?.spec_code ?? null,
    flavor_code: spec?.spec_code ?? null,
    core: spec?.core ?? null,
    cpu: spec?.cpu ?? null,
    gpu_num: spec?.gpu_num ?? 0,
    gpu_type: spec?.gpu_type ?? '',
    max_num: spec?.max_num ?? null,
    storage: spec?.storage ?? null,
    no_resource: spec?.no_resource ?? false,
    worker_server_num: c.worker_server_num,
    data_url: effectiveDataUrl(v),
    data_source: c.data_source ?? null,
    dataset_id: c.dataset_id ?? null,
    dataset_version_id: c.dataset_version_id ?? null,
    dataset_name: dataset?.dataset.dataset_name ?? null,
    dataset_version_name: dataset?.version.version_name ?? null,
    train_url: c.train_url ?? null,
    log_url: c.log_url ?? null,
    model_id: c.model_id ?? null,
    model_metric_list: '{}',
    user_image_url: c.user_image_url ?? null,
    user_command: c.user_command ?? null,
    resource_id: v.resource_id,
    volumes: c.volumes ?? null,
    pool_id: c.pool_id ?? pool.pool_id,
    pool_name: pool.pool_name,
    pool_type: pool.pool_type,
    nas_mount_path: nas?.dest_path ?? null,
    nas_share_addr: nas?.src_path ?? null,
    nas_type: nas ? 'nfs' : 'efs',
    error_result: v.error_result,
  };
}

/** `versions[]` item: `system_metric_list` as a JSON string, `gpu` as a boolean (§3.3, §7.2 #13). */
export function versionListItem(v: VersionRecord, now: number) {
  const spec = v.spec_id === null ? undefined : findSpecById(v.spec_id);
  return {
    ...versionFields(v, now),
    gpu: (spec?.gpu_num ?? 0) > 0,
    system_metric_list: JSON.stringify(v.system_metric_list),
  };
}

/** Version details (§3.4): every field of the seed-004 sample, `system_metric_list` as an object. */
export function versionDetails(job: JobRecord, v: VersionRecord, now: number) {
  const engine = v.engine_id === null ? undefined : findEngine(v.engine_id);
  return {
    is_success: true,
    job_id: job.job_id,
    job_name: job.job_name,
    job_desc: job.job_desc,
    ...versionFields(v, now),
    system_metric_list: v.system_metric_list,
    job_type: 1,
    pod_version: podVersion(engine),
    task_summary: {},
    model_outputs: [],
    user_frame_image: null,
    gpu: null,
    is_zombie: null,
    outputs: null,
    inputs: null,
    algorithm_id: null,
    autosearch_config: null,
    retrain_model_id: null,
    npu_info: null,
  };
}

/** `jobs[]` item of the job list (§3.2). */
export function jobSummary(job: JobRecord, now: number) {
  const v = latestVersion(job);
  return {
    job_id: job.job_id,
    job_name: job.job_name,
    version_id: v?.version_id ?? null,
    status: v?.status ?? 0,
    create_time: job.create_time,
    duration: v ? durationOf(v, now) : 0,
    job_desc: job.job_desc,
    version_count: job.versions.length,
  };
}
