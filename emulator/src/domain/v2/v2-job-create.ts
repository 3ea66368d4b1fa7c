import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import {
  CreateTrainingJobV2RequestSchema,
  flavorMaxNodes,
  type CreateTrainingJobV2Request,
  type ParameterRequest,
} from '@console/shared';
import { findDatasetVersion } from '../datasets/sample-datasets.js';
import { obsToLocal, type DataPaths } from '../../paths.js';
import { resolveSearch } from './autosearch/search-spec.js';
import { findEngine, findFlavor, isSoldOut, V2_POOLS } from './v2-catalog.js';
import { invalidParam, v2Errors } from './v2-errors.js';
import type { V2Store } from '../../store/v2-store.js';
import { findSubscription } from './v2-subscriptions.js';
import type {
  V2AlgorithmRecord,
  V2EngineRef,
  V2JobRecord,
  V2Launch,
} from '../../store/v2-types.js';

const localOf = (paths: DataPaths, obs: string, what: string): string => {
  try {
    return obsToLocal(paths.obs, obs);
  } catch {
    throw v2Errors.obsPath(`${what} ${obs}`);
  }
};

/** Job parameters override the algorithm's by name; the algorithm's constraint is kept. */
function mergeParameters(
  fromAlgo: ParameterRequest[],
  fromJob: ParameterRequest[],
): ParameterRequest[] {
  const out = fromAlgo.map((p) => ({ ...p }));
  for (const p of fromJob) {
    const i = out.findIndex((q) => q.name === p.name);
    if (i >= 0) out[i] = { ...out[i], ...p, constraint: p.constraint ?? out[i]!.constraint };
    else out.push(p);
  }
  return out;
}

function checkEngine(e: V2EngineRef | undefined): V2EngineRef {
  if (!e) return {};
  if (e.image_url) return e;
  if (!e.engine_id && !e.engine_name) return e;
  const found = findEngine(e);
  if (!found) throw v2Errors.engineNotFound(e.engine_id ?? `${e.engine_name} ${e.engine_version}`);
  return {
    engine_id: found.engine_id,
    engine_name: found.engine_name,
    engine_version: found.engine_version,
  };
}

function checkCode(paths: DataPaths, codeDir: string, bootFile: string): void {
  const dir = localOf(paths, codeDir, 'algorithm.code_dir');
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory())
    throw v2Errors.codeDir(`code_dir ${codeDir} does not exist in OBS`);
  const boot = localOf(paths, bootFile, 'algorithm.boot_file');
  if (!fs.existsSync(boot) || !fs.statSync(boot).isFile())
    throw v2Errors.bootFile(`boot_file ${bootFile} does not exist in OBS`);
}

function checkResource(b: CreateTrainingJobV2Request): {
  flavor_id?: string;
  node_count: number;
  pool_id?: string;
} {
  const r = b.spec?.resource ?? {};
  const nodeCount = r.node_count ?? 1;
  if (r.pool_id && !V2_POOLS.has(r.pool_id)) throw v2Errors.poolNotFound(r.pool_id);
  const flavorId = r.flavor_id ?? (r.pool_id ? V2_POOLS.get(r.pool_id)?.flavor : undefined);
  if (flavorId) {
    const flavor = findFlavor(flavorId);
    if (!flavor) throw v2Errors.flavorNotFound(flavorId);
    // a dedicated pool runs on its own nodes: only the public pool sells out
    if (!r.pool_id && isSoldOut(flavor)) throw v2Errors.noResource(flavorId);
    const max = flavorMaxNodes(flavor);
    if (nodeCount > max) throw v2Errors.flavorOutOfRange(nodeCount, max, flavorId);
  }
  return {
    ...(flavorId ? { flavor_id: flavorId } : {}),
    node_count: nodeCount,
    ...(r.pool_id ? { pool_id: r.pool_id } : {}),
  };
}

function checkChannels(paths: DataPaths, b: CreateTrainingJobV2Request): void {
  for (const input of b.algorithm?.inputs ?? []) {
    const { obs, dataset } = input.remote;
    if (obs) localOf(paths, obs.obs_url, `inputs ${input.name}`);
    if (dataset && !findDatasetVersion(dataset.id, dataset.version_id)) {
      throw v2Errors.datasetVersionNotFound(`${dataset.id}/${dataset.version_id}`);
    }
  }
  for (const output of b.algorithm?.outputs ?? [])
    localOf(paths, output.remote.obs.obs_url, `outputs ${output.name}`);
  const logPath = b.spec?.log_export_path?.obs_url;
  if (logPath) localOf(paths, logPath, 'spec.log_export_path.obs_url');
}

/**
 * Validates a create body (catalog §4.1) and builds the stored record: algorithm source resolved
 * (shipped/created algorithm by id, code + engine, or custom image + command), flavor/pool/engine
 * and OBS paths checked. Throws V2Error.
 */
export function buildJobRecord(
  v2: V2Store,
  paths: DataPaths,
  auth: { project_id: string; user_name: string },
  body: unknown,
): V2JobRecord {
  const parsed = CreateTrainingJobV2RequestSchema.safeParse(body);
  if (!parsed.success) throw invalidParam(parsed.error);
  const b = parsed.data;
  if (v2.jobsOf(auth.project_id).some((j) => j.name === b.metadata.name))
    throw v2Errors.duplicateJobName(b.metadata.name);
  const a = b.algorithm ?? {};
  let algo: V2AlgorithmRecord | undefined;
  if (a.id) {
    algo = v2.findAlgorithm(auth.project_id, a.id);
    if (!algo) throw v2Errors.algorithmNotFound(a.id);
  }
  const sub = a.subscription_id
    ? findSubscription(a.subscription_id, a.item_version_id)
    : undefined;
  if (a.subscription_id && !sub)
    throw v2Errors.algorithmNotFound(
      `subscription ${a.subscription_id}/${a.item_version_id ?? ''}`,
    );
  const cfg = algo?.body.job_config ?? sub?.job_config ?? {};
  const engine = checkEngine(a.engine ?? cfg.engine);
  const codeDir = a.code_dir ?? cfg.code_dir;
  const bootFile = a.boot_file ?? cfg.boot_file;
  const command = a.command ?? cfg.command;
  const launch: V2Launch =
    engine.image_url || (!bootFile && command)
      ? {
          kind: 'command',
          code_dir: codeDir ?? null,
          boot_file: bootFile ?? null,
          command: command ?? null,
          image_url: engine.image_url ?? null,
        }
      : {
          kind: 'boot_file',
          code_dir: codeDir ?? null,
          boot_file: bootFile ?? null,
          command: null,
          image_url: null,
        };
  if (launch.kind === 'boot_file') {
    if (!codeDir || !bootFile) throw v2Errors.bootFile('the algorithm has no code_dir + boot_file');
    checkCode(paths, codeDir, bootFile);
  } else if (codeDir) {
    const dir = localOf(paths, codeDir, 'algorithm.code_dir');
    if (!fs.existsSync(dir)) throw v2Errors.codeDir(`code_dir ${codeDir} does not exist in OBS`);
  }
  const resource = checkResource(b);
  const autosearch = resolveSearch(a.policies?.auto_search, resource.node_count);
  checkChannels(paths, b);
  const now = Date.now();
  return {
    id: randomUUID(),
    project_id: auth.project_id,
    kind: b.kind,
    name: b.metadata.name,
    description: b.metadata.description ?? '',
    workspace_id: b.metadata.workspace_id ?? '0',
    annotations: b.metadata.annotations ?? {},
    user_name: auth.user_name,
    create_time: now,
    phase: 'Creating',
    secondary_phase: 'Creating',
    start_time: 0,
    end_time: null,
    algorithm: {
      ...(a.id ? { id: a.id, name: algo?.body.metadata.name } : {}),
      ...(a.subscription_id
        ? {
            subscription_id: a.subscription_id,
            item_version_id: a.item_version_id,
            name: sub?.name,
          }
        : {}),
      ...(codeDir ? { code_dir: codeDir } : {}),
      ...(bootFile ? { boot_file: bootFile } : {}),
      ...(command ? { command } : {}),
      parameters: mergeParameters(cfg.parameters ?? [], a.parameters ?? []),
      policies: a.policies ?? {},
      inputs: a.inputs ?? [],
      outputs: a.outputs ?? [],
      engine,
      ...(a.local_code_dir ? { local_code_dir: a.local_code_dir } : {}),
      ...(a.working_dir ? { working_dir: a.working_dir } : {}),
      environments: a.environments ?? {},
      ...(a.autosearch_config_path ? { autosearch_config_path: a.autosearch_config_path } : {}),
      ...(a.autosearch_framework_path
        ? { autosearch_framework_path: a.autosearch_framework_path }
        : {}),
      ...(a.summary ? { summary: a.summary } : {}),
    },
    spec: { ...(b.spec ?? {}), resource },
    ...(b.endpoints ? { endpoints: b.endpoints } : {}),
    launch,
    tasks: [],
    running_records: [],
    node_count_metrics: [],
    events: [],
    end_reason: null,
    ...(autosearch ? { autosearch } : {}),
  };
}
