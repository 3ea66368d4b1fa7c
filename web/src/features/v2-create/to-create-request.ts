import type { CreateTrainingJobV2Request } from '@console/shared';
import { toAutoSearch } from './auto-search-request.js';
import type { InputChannel, V2JobFormValues } from './form-values.js';

type Algorithm = NonNullable<CreateTrainingJobV2Request['algorithm']>;
type Spec = NonNullable<CreateTrainingJobV2Request['spec']>;
type Input = NonNullable<Algorithm['inputs']>[number];

const t = (s: string) => s.trim();

function source(v: V2JobFormValues): Algorithm {
  switch (v.source) {
    case 'algorithm':
      return { id: t(v.algorithmId) };
    case 'subscription':
      return { subscription_id: t(v.subscriptionId), item_version_id: t(v.itemVersionId) };
    case 'code':
      return {
        code_dir: t(v.codeDir),
        boot_file: t(v.bootFile),
        engine:
          v.engineMode === 'preset'
            ? { engine_id: t(v.engineId) }
            : { engine_name: t(v.engineName), engine_version: t(v.engineVersion) },
      };
    case 'image':
      return { engine: { image_url: t(v.imageUrl) }, command: v.command.trim() };
  }
}

function input(c: InputChannel): Input {
  const remote =
    c.kind === 'dataset'
      ? { dataset: { id: t(c.datasetId), version_id: t(c.datasetVersionId) } }
      : { obs: { obs_url: t(c.obsUrl) } };
  return { name: t(c.name), ...(t(c.localDir) ? { local_dir: t(c.localDir) } : {}), remote };
}

function spec(v: V2JobFormValues): Spec {
  const dedicated = v.poolKind === 'dedicated';
  const out: Spec = {
    resource: {
      flavor_id: t(v.flavorId),
      node_count: v.nodeCount,
      ...(dedicated && t(v.poolId) ? { pool_id: t(v.poolId) } : {}),
    },
    log_export_path: { obs_url: t(v.logExportPath) },
  };
  if (v.volumes.length > 0)
    out.volumes = v.volumes.map((vol) => ({
      nfs: {
        nfs_server_path: t(vol.serverPath),
        local_path: t(vol.localPath),
        read_only: vol.readOnly,
      },
    }));
  if (v.autoStopHours > 0) out.auto_stop = { time_unit: 'HOURS', duration: v.autoStopHours };
  return out;
}

/**
 * The body of `POST /v2/{project_id}/training-jobs` for the form values — the one mapping behind
 * both the JSON preview and the request, so the preview is exactly what is sent.
 * Shape follows the seed-003 samples: `parameters`, `policies.auto_search` (null unless the
 * hyperparameter search is on), `environments`
 * and `log_export_path.obs_url` are always present; empty lists of channels/volumes are left out.
 * Rows are never dropped, so a schema issue at `inputs[2]` is the form's third input row.
 */
export function toCreateV2Request(v: V2JobFormValues): CreateTrainingJobV2Request {
  const description = v.description.trim();
  const environments = Object.fromEntries(v.environments.map((e) => [t(e.name), e.value]));
  const { inputs, outputs } = v;
  const algorithm: Algorithm = {
    ...source(v),
    parameters: v.parameters.map((p) => ({ name: t(p.name), value: p.value })),
    policies: { auto_search: toAutoSearch(v.autoSearch) },
    environments,
    ...(inputs.length > 0 ? { inputs: inputs.map(input) } : {}),
    ...(outputs.length > 0
      ? {
          outputs: outputs.map((o) => ({
            name: t(o.name),
            ...(t(o.localDir) ? { local_dir: t(o.localDir) } : {}),
            remote: { obs: { obs_url: t(o.obsUrl) } },
          })),
        }
      : {}),
    ...(t(v.workingDir) ? { working_dir: t(v.workingDir) } : {}),
    ...(t(v.localCodeDir) ? { local_code_dir: t(v.localCodeDir) } : {}),
  };
  return {
    kind: 'job',
    metadata: { name: t(v.name), ...(description ? { description } : {}) },
    algorithm,
    spec: spec(v),
  };
}
