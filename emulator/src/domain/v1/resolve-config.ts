import fs from 'node:fs';
import type { CreateJobConfig } from '@console/shared';
import { findDatasetVersion, findDataset } from '../datasets/sample-datasets.js';
import { obsToLocal, type DataPaths } from '../../paths.js';
import { findBuiltInAlgorithm } from './built-in-algorithms.js';
import {
  DEFAULT_ENGINE_ID,
  findEngine,
  findSpecByCode,
  findSpecById,
  type SpecDef,
} from './catalog.js';
import { V1Error, v1Errors } from './errors.js';
import { findPool, poolSpec } from './pools.js';

/** The config fields every job-like request shares (job config, version config, saved config). */
export type ConfigFields = Omit<CreateJobConfig, 'create_version'>;

/** The resource a config names: spec_id wins, then flavor.code, then the pool's own spec. */
export function resolveSpec(c: ConfigFields): SpecDef {
  const pool = c.pool_id === undefined ? undefined : findPool(c.pool_id);
  if (c.pool_id !== undefined && !pool) throw v1Errors.poolNotFound(c.pool_id);
  if (c.spec_id !== undefined) {
    const spec = findSpecById(c.spec_id);
    if (!spec) throw v1Errors.flavorNotFound(`spec_id ${c.spec_id}`);
    return spec;
  }
  if (c.flavor) {
    const spec = findSpecByCode(c.flavor.code);
    if (!spec) throw v1Errors.flavorNotFound(`flavor.code ${c.flavor.code}`);
    return spec;
  }
  const spec = pool && poolSpec(pool);
  if (!spec) throw v1Errors.poolNotFound(c.pool_id ?? '');
  return spec;
}

/** The engine: the one named, the built-in algorithm's, or the default for custom code/images. */
export function resolveEngineId(c: ConfigFields): number | null {
  const hasCode = c.boot_file_url !== undefined || c.user_image_url !== undefined;
  const algorithm = c.model_id === undefined ? undefined : findBuiltInAlgorithm(c.model_id);
  const id = c.engine_id ?? (hasCode ? DEFAULT_ENGINE_ID : algorithm?.engine_id);
  if (id === undefined) return null;
  if (!findEngine(id)) throw v1Errors.engineNotFound(id);
  return id;
}

const datasetNotFound = (field: string, id: string) =>
  new V1Error(400, 'ModelArts.2783', `DatasetNotFound: ${field}: dataset ${id} does not exist`);
const datasetVersionNotFound = (field: string, id: string) =>
  new V1Error(
    400,
    'ModelArts.2782',
    `DatasetVersionNotFound: ${field}: dataset version ${id} does not exist`,
  );

function checkDataset(idField: string, id: string, versionField: string, version: string): void {
  if (!findDataset(id)) throw datasetNotFound(idField, id);
  if (!findDatasetVersion(id, version)) throw datasetVersionNotFound(versionField, version);
}

/**
 * What the schema cannot know: the resource, engine, algorithm and datasets exist; for a run
 * (`forRun`, default) also that the spec has capacity and the boot file is in OBS.
 */
export function checkConfigResources(paths: DataPaths, c: ConfigFields, forRun = true): SpecDef {
  const spec = resolveSpec(c);
  if (forRun && spec.no_resource) throw v1Errors.noResource(spec.spec_code);
  if (c.worker_server_num > spec.max_num)
    throw v1Errors.flavorOutOfRange(c.worker_server_num, spec.max_num, spec.spec_code);
  if (c.model_id !== undefined && !findBuiltInAlgorithm(c.model_id))
    throw new V1Error(
      400,
      'ModelArts.2755',
      `AiAlgorithmNotFound: config.model_id: built-in algorithm ${c.model_id} does not exist`,
    );
  resolveEngineId(c);
  if (c.dataset_id !== undefined && c.dataset_version_id !== undefined)
    checkDataset(
      'config.dataset_id',
      c.dataset_id,
      'config.dataset_version_id',
      c.dataset_version_id,
    );
  c.data_source?.forEach((s, i) => {
    if (s.dataset_id !== undefined && s.dataset_version !== undefined)
      checkDataset(
        `config.data_source[${i}].dataset_id`,
        s.dataset_id,
        `config.data_source[${i}].dataset_version`,
        s.dataset_version,
      );
  });
  if (forRun && c.boot_file_url && c.user_image_url === undefined) {
    const local = obsToLocal(paths.obs, c.boot_file_url);
    if (!fs.existsSync(local) || !fs.statSync(local).isFile())
      throw v1Errors.bootFile(
        `config.boot_file_url: the boot file ${c.boot_file_url} does not exist in OBS; upload it first`,
      );
  }
  return spec;
}
