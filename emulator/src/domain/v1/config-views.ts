import type { UpdateJobConfigRequest } from '@console/shared';
import { findDatasetVersion } from '../datasets/sample-datasets.js';
import { findEngine, findSpecByCode, findSpecById } from './catalog.js';
import { poolFor } from './pools.js';

export interface ConfigLike {
  config_name: string;
  create_time: number;
  body: UpdateJobConfigRequest;
}

const engineOf = (b: UpdateJobConfigRequest) =>
  b.engine_id === undefined ? undefined : findEngine(b.engine_id);

/** `configs[]` item of the list (§3.15b). */
export function configSummary(c: ConfigLike) {
  const engine = engineOf(c.body);
  return {
    config_name: c.config_name,
    config_desc: c.body.config_desc ?? '',
    create_time: c.create_time,
    engine_type: engine?.engine_type ?? null,
    engine_name: engine?.engine_name ?? null,
    engine_id: engine?.engine_id ?? null,
    engine_version: engine?.engine_version ?? null,
    user_image_url: c.body.user_image_url ?? null,
    user_command: c.body.user_command ?? null,
  };
}

/** Details (§3.15c): the saved fields plus the resolved spec, engine, pool, dataset and NAS names. */
export function configDetails(c: ConfigLike) {
  const b = c.body;
  const spec =
    b.spec_id !== undefined
      ? findSpecById(b.spec_id)
      : b.flavor
        ? findSpecByCode(b.flavor.code)
        : undefined;
  const pool = poolFor(b.pool_id, spec);
  const dataset =
    b.dataset_id && b.dataset_version_id
      ? findDatasetVersion(b.dataset_id, b.dataset_version_id)
      : undefined;
  const nfsVolume = b.volumes?.find((v) => 'nfs' in v);
  const nas = nfsVolume && 'nfs' in nfsVolume ? nfsVolume.nfs : undefined;
  return {
    is_success: true,
    ...configSummary(c),
    worker_server_num: b.worker_server_num,
    app_url: b.app_url ?? null,
    boot_file_url: b.boot_file_url ?? null,
    model_id: b.model_id ?? null,
    parameter: b.parameter ?? [],
    spec_id: spec?.spec_id ?? b.spec_id ?? null,
    spec_code: spec?.spec_code ?? null,
    flavor: b.flavor ?? null,
    data_url: b.data_url ?? null,
    dataset_id: b.dataset_id ?? null,
    dataset_version_id: b.dataset_version_id ?? null,
    dataset_name: dataset?.dataset.dataset_name ?? null,
    dataset_version_name: dataset?.version.version_name ?? null,
    data_source: b.data_source ?? null,
    train_url: b.train_url ?? null,
    log_url: b.log_url ?? null,
    gpu_type: spec?.gpu_type ?? '',
    gpu_num: spec?.gpu_num ?? 0,
    cpu: spec?.cpu ?? null,
    core: spec?.core ?? null,
    pool_id: b.pool_id ?? pool.pool_id,
    pool_name: pool.pool_name,
    volumes: b.volumes ?? [],
    nas_mount_path: nas?.dest_path ?? null,
    nas_share_addr: nas?.src_path ?? null,
    nas_type: nas ? 'nfs' : null,
  };
}
