import {
  AutoSearchSchema,
  isDiscreteParam,
  type AutoSearch,
  type TrainingJobV2,
} from '@console/shared';
import { EMPTY_AUTO_SEARCH, type AutoSearchFormValues } from './auto-search-values.js';
import {
  EMPTY_V2_FORM,
  type AlgorithmSourceKind,
  type InputChannel,
  type OutputChannel,
  type V2JobFormValues,
} from './form-values.js';

type JobAlgorithm = NonNullable<TrainingJobV2['algorithm']>;
type Channel = NonNullable<JobAlgorithm['inputs']>[number];

/** v2 job names: 1–64 of `[A-Za-z0-9_-]` (catalog §4.1), so the suffix may shorten the base. */
const NAME_MAX = 64;

/** `job` → `job-copy`, cut so the result stays a valid job name. */
export function copyName(name: string, suffix = '-copy'): string {
  return `${name.slice(0, NAME_MAX - suffix.length)}${suffix}`;
}

const text = (v: string | number | boolean | null | undefined) =>
  v === null || v === undefined ? '' : String(v);

/**
 * The folder the server gives a channel it was not told about (`/home/ma-user/modelarts/inputs/x_0`):
 * left blank in the copy so the copy asks for the same default instead of spelling it.
 */
function ownDir(c: Channel, kind: 'inputs' | 'outputs'): string {
  const dir = text(c.local_dir);
  return dir === `/home/ma-user/modelarts/${kind}/${c.name}_0` ? '' : dir;
}

function input(c: Channel): InputChannel {
  const dataset = c.remote?.dataset;
  return {
    name: c.name,
    kind: dataset ? 'dataset' : 'obs',
    obsUrl: dataset ? '' : text(c.remote?.obs?.obs_url),
    datasetId: text(dataset?.id),
    datasetVersionId: text(dataset?.version_id),
    localDir: ownDir(c, 'inputs'),
  };
}

function output(c: Channel): OutputChannel {
  return { name: c.name, obsUrl: text(c.remote?.obs?.obs_url), localDir: ownDir(c, 'outputs') };
}

function sourceOf(a: JobAlgorithm): AlgorithmSourceKind {
  if (a.id) return 'algorithm';
  if (a.subscription_id) return 'subscription';
  if (a.engine?.image_url) return 'image';
  return 'code';
}

/** The search card's values for `policies.auto_search` (off when the job does not search). */
export function autoSearchValues(raw: unknown): AutoSearchFormValues {
  const parsed = AutoSearchSchema.safeParse(raw);
  if (!parsed.success || !parsed.data.search_params) return EMPTY_AUTO_SEARCH;
  const s: AutoSearch = parsed.data;
  const algo = s.algo_configs?.[0];
  const reward = s.reward_attrs?.[0];
  return {
    enabled: true,
    algorithm: text(algo?.name),
    algoParams: (algo?.params ?? []).map((p) => ({
      key: text(p.key),
      value: text(p.value),
      type: text(p.type),
    })),
    searchParams: (s.search_params ?? []).map((p) => ({
      name: text(p.name),
      type: isDiscreteParam(p) ? 'discrete' : 'continuous',
      lowerBound: text(p.lower_bound),
      upperBound: text(p.upper_bound),
      pointsNum: text(p.discrete_points_num),
      discreteValues: (p.discrete_values ?? []).join(', '),
    })),
    rewardName: text(reward?.name),
    rewardMode: reward?.mode ?? 'max',
    rewardRegex: text(reward?.regex),
    skipSearchParams: text(s.skip_search_params),
  };
}

/**
 * The create form filled from a job's details ("Copy"): the same algorithm source, parameters,
 * channels, environment, resources, volumes, log path, auto stop and search, under `name`.
 * `toCreateV2Request` of the result is the body that made the job (server defaults left out).
 */
export function fromV2Job(job: TrainingJobV2, name = copyName(job.metadata.name)): V2JobFormValues {
  const a: JobAlgorithm = job.algorithm ?? {};
  const e = a.engine;
  const source = sourceOf(a);
  const resource = job.spec?.resource;
  const stop = job.spec?.auto_stop;
  return {
    ...EMPTY_V2_FORM,
    name,
    description: text(job.metadata.description),
    source,
    algorithmId: text(a.id),
    subscriptionId: text(a.subscription_id),
    itemVersionId: text(a.item_version_id),
    codeDir: source === 'code' ? text(a.code_dir) : '',
    bootFile: source === 'code' ? text(a.boot_file) : '',
    engineMode: e?.engine_id || !e?.engine_name ? 'preset' : 'name',
    engineId: text(e?.engine_id),
    engineName: text(e?.engine_name),
    engineVersion: text(e?.engine_version),
    imageUrl: source === 'image' ? text(e?.image_url) : '',
    command: source === 'image' ? text(a.command) : '',
    workingDir: text(a.working_dir),
    localCodeDir: text(a.local_code_dir),
    parameters: (a.parameters ?? []).map((p) => ({ name: p.name, value: text(p.value) })),
    inputs: (a.inputs ?? []).map(input),
    outputs: (a.outputs ?? []).map(output),
    environments: Object.entries(a.environments ?? {}).map(([k, v]) => ({ name: k, value: v })),
    poolKind: resource?.pool_id ? 'dedicated' : 'public',
    flavorId: text(resource?.flavor_id),
    nodeCount: resource?.node_count ?? 1,
    poolId: text(resource?.pool_id),
    volumes: (job.spec?.volumes ?? []).flatMap((v) =>
      v.nfs
        ? [
            {
              serverPath: text(v.nfs.nfs_server_path),
              localPath: text(v.nfs.local_path),
              readOnly: v.nfs.read_only ?? false,
            },
          ]
        : [],
    ),
    logExportPath: text(job.spec?.log_export_path?.obs_url),
    autoStopHours: stop?.time_unit === 'HOURS' ? stop.duration : 0,
    autoSearch: autoSearchValues(a.policies?.auto_search),
  };
}
