import { autoSearchFieldForPath } from './auto-search-field-path.js';
import type { V2JobFormValues } from './form-values.js';

const ALGORITHM_FIELDS: Record<string, string> = {
  id: 'algorithmId',
  subscription_id: 'subscriptionId',
  item_version_id: 'itemVersionId',
  code_dir: 'codeDir',
  boot_file: 'bootFile',
  command: 'command',
  working_dir: 'workingDir',
  local_code_dir: 'localCodeDir',
  environments: 'environments',
};

const ENGINE_FIELDS: Record<string, string> = {
  engine_id: 'engineId',
  engine_name: 'engineName',
  engine_version: 'engineVersion',
  image_url: 'imageUrl',
};

const RESOURCE_FIELDS: Record<string, string> = {
  flavor_id: 'flavorId',
  node_count: 'nodeCount',
  pool_id: 'poolId',
};

/** The first field of each source: where a "needs one source" issue is shown. */
const SOURCE_FIELD: Record<V2JobFormValues['source'], string> = {
  algorithm: 'algorithmId',
  subscription: 'subscriptionId',
  code: 'codeDir',
  image: 'imageUrl',
};

function channelField(kind: 'inputs' | 'outputs', rest: readonly PropertyKey[]): string {
  const [index, key, remoteKind, leaf] = rest;
  if (index === undefined) return kind;
  if (key === 'name' || key === 'local_dir')
    return `${kind}.${String(index)}.${key === 'name' ? 'name' : 'localDir'}`;
  if (remoteKind === 'dataset')
    return `${kind}.${String(index)}.${leaf === 'version_id' ? 'datasetVersionId' : 'datasetId'}`;
  return `${kind}.${String(index)}.obsUrl`;
}

/** The form field (react-hook-form path) that shows a request-schema issue at `path`, or null. */
export function formFieldForPath(
  path: readonly PropertyKey[],
  values: Pick<V2JobFormValues, 'source' | 'engineMode'>,
): string | null {
  const [top, second, ...rest] = path.map((p) => (typeof p === 'number' ? p : String(p)));
  if (top === 'metadata') return second === 'description' ? 'description' : 'name';
  if (top === 'algorithm') {
    if (second === undefined) return SOURCE_FIELD[values.source];
    if (second === 'engine') {
      const leaf = rest[0];
      if (typeof leaf === 'string' && ENGINE_FIELDS[leaf]) return ENGINE_FIELDS[leaf];
      if (values.source === 'image') return 'imageUrl';
      return values.engineMode === 'preset' ? 'engineId' : 'engineName';
    }
    if (second === 'parameters' || second === 'environments') {
      const [index, leaf] = rest;
      if (second === 'parameters' && typeof index === 'number')
        return `parameters.${index}.${leaf === 'value' ? 'value' : 'name'}`;
      return second;
    }
    if (second === 'inputs' || second === 'outputs') return channelField(second, rest);
    if (second === 'policies') return autoSearchFieldForPath(rest.slice(1));
    return ALGORITHM_FIELDS[String(second)] ?? null;
  }
  if (top === 'spec') {
    if (second === 'resource') return RESOURCE_FIELDS[String(rest[0])] ?? 'flavorId';
    if (second === 'volumes')
      return typeof rest[0] === 'number' ? `volumes.${rest[0]}.serverPath` : 'volumes';
    if (second === 'auto_stop') return 'autoStopHours';
    if (second === 'log_export_path') return 'logExportPath';
  }
  return null;
}
