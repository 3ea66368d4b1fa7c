import type { z } from 'zod';
import {
  pathOf,
  v1Bodies,
  v1Endpoints,
  v2Bodies,
  v2Endpoints,
  type Endpoint,
} from '@console/shared';
import {
  restCreateConfigBody,
  restCreateVersionBody,
  restUpdateConfigBody,
  seed000DatasetConfigBody,
  seed000ObsConfigBody,
  seed001DataSourceUpdateBody,
  seed002DatasetBody,
  seed002ImageBody,
  seed002VolumeBody,
  seed004CreateBody,
  seed003CustomImageBody,
  seed003FreeFlavorBody,
} from '@console/shared/fixtures';
import type { Json } from './hostile-json.js';

/** The ids of real objects in the emulator, so that calls reach its validation, not its 404. */
export interface FuzzIds {
  v1Job: string;
  v1Version: string;
  v1Config: string;
  v1Visualization: string;
  v2Job: string;
  v2Task: string;
  v2Algorithm: string;
}

/** Ids that exist nowhere (the BFF refuses every invalid body before any upstream call). */
export const UNKNOWN_IDS: FuzzIds = {
  v1Job: '900001',
  v1Version: '900002',
  v1Config: 'no_such_config',
  v1Visualization: '900003',
  v2Job: 'no-such-job',
  v2Task: 'worker-0',
  v2Algorithm: 'no-such-algorithm',
};

/** An endpoint contract that takes a JSON body, with valid samples to mutate. */
export interface BodyTarget {
  endpoint: Endpoint;
  /** The endpoint's body schema (`v1Bodies` / `v2Bodies`). */
  schema: z.ZodType;
  /** The path under `/{version}/{project_id}/` with `ids` filled in. */
  path: (ids: FuzzIds) => string;
  seeds: readonly Json[];
}

/** Fills an endpoint's path parameters from the fuzz ids (by parameter name and API). */
export function pathWith(e: Endpoint, ids: FuzzIds): string {
  const v1 = { job_id: ids.v1Job, version_id: ids.v1Version, config_name: ids.v1Config };
  const v2 = { job_id: ids.v2Job, task_id: ids.v2Task, algorithm_id: ids.v2Algorithm };
  const params: Record<string, string> =
    e.api === 'v1'
      ? {
          ...v1,
          ...(e.path.startsWith('visualization-jobs') ? { job_id: ids.v1Visualization } : {}),
        }
      : {
          ...v2,
          trial_id: '1',
          dataset_id: 'no-such-dataset',
          version_id: 'v1',
          parameter_name: 'lr',
          algorithm_type: 'hpo',
          algorithm_name: 'TPE',
        };
  return pathOf(e, params);
}

const algorithmBody: Json = {
  metadata: { name: 'fuzz_algorithm', description: 'a valid seed' },
  job_config: {
    code_dir: '/fuzz/code/',
    boot_file: '/fuzz/code/train.py',
    parameters: [{ name: 'lr', value: '0.1' }],
    engine: { engine_id: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64' },
  },
};

const searchBody: Json = {
  offset: 0,
  limit: 10,
  sort_by: 'create_time',
  order: 'desc',
  filters: [{ key: 'name', operator: 'like', value: ['job'] }],
};

const visualizationBody: Json = {
  job_name: 'fuzz_board',
  job_desc: 'a valid seed',
  train_url: '/fuzz/output/',
  job_type: 'TensorBoard',
  flavor: { code: 'modelarts.vm.cpu.2u' },
  schedule: { type: 'stop', time_unit: 'HOURS', duration: 1 },
};

const json = (v: unknown) => v as Json;

/** Valid samples of every endpoint that takes a body, by contract name. */
const V1_SEEDS: Partial<Record<keyof typeof v1Endpoints, readonly Json[]>> = {
  createJob: [seed004CreateBody, seed002DatasetBody, seed002ImageBody, seed002VolumeBody].map(json),
  createVersion: [json(restCreateVersionBody)],
  updateJobDescription: [{ job_desc: 'a new description' }],
  stopVersion: [{}],
  createConfig: [seed000ObsConfigBody, seed000DatasetConfigBody, restCreateConfigBody].map(json),
  updateConfig: [restUpdateConfigBody, seed001DataSourceUpdateBody].map(json),
  createVisualizationJob: [visualizationBody],
  updateVisualizationJob: [{ job_desc: 'a new description' }],
  stopVisualizationJob: [{}],
  restartVisualizationJob: [{}],
};
const V2_SEEDS: Partial<Record<keyof typeof v2Endpoints, readonly Json[]>> = {
  createJob: [seed003FreeFlavorBody, seed003CustomImageBody].map(json),
  searchJobs: [searchBody],
  updateJobDescription: [{ description: 'a new description' }],
  jobAction: [{ action_type: 'terminate' }],
  createAlgorithm: [algorithmBody],
  updateAlgorithm: [algorithmBody],
  earlyStopTrial: [{}],
};

function bodyTargets(
  endpoints: Record<string, Endpoint>,
  bodies: Partial<Record<string, z.ZodType>>,
  seeds: Partial<Record<string, readonly Json[]>>,
): BodyTarget[] {
  return Object.entries(endpoints).flatMap(([name, e]) => {
    const schema = bodies[name];
    return schema
      ? [
          {
            endpoint: e,
            schema,
            path: (ids: FuzzIds) => pathWith(e, ids),
            seeds: seeds[name] ?? [],
          },
        ]
      : [];
  });
}

/** Every contract with a body (v1 §3, v2 §4): creates, updates, searches and actions. */
export const BODY_TARGETS: readonly BodyTarget[] = [
  ...bodyTargets(v1Endpoints, v1Bodies, V1_SEEDS),
  ...bodyTargets(v2Endpoints, v2Bodies, V2_SEEDS),
];

/** A read endpoint (every GET contract) and the query parameters it documents. */
export interface QueryTarget {
  endpoint: Endpoint;
  path: (ids: FuzzIds) => string;
  params: readonly string[];
}

const V1_LIST = ['per_page', 'page', 'sortBy', 'order', 'search_content', 'workspace_id'];
const V2_PAGE = ['offset', 'limit'];
/** Documented query parameters by contract name (the rest take none, or only hostile ones). */
const QUERY_PARAMS: Record<string, readonly string[]> = {
  'v1.listJobs': V1_LIST,
  'v1.listConfigs': [...V1_LIST, 'config_type'],
  'v1.listVisualizationJobs': [...V1_LIST, 'status'],
  'v1.resourceSpecs': ['job_type', 'engine_id', 'project_type'],
  'v1.aiEngines': ['job_type'],
  'v1.listVersions': ['per_page', 'page'],
  'v1.aomLog': ['log_file', 'lines', 'base_line', 'order'],
  'v2.jobEvents': [...V2_PAGE, 'level', 'pattern', 'start_time', 'end_time'],
  'v2.taskMetrics': ['step'],
  'v2.flavors': ['flavor_type'],
  'v2.listAlgorithms': [...V2_PAGE, 'sort_by', 'order', 'group_by', 'searches'],
  'v2.searchTrials': V2_PAGE,
  'v2.listDatasets': [...V2_PAGE, 'search_content', 'sort_by'],
};

function queryTargets(api: string, endpoints: Record<string, Endpoint>): QueryTarget[] {
  return Object.entries(endpoints)
    .filter(([, e]) => e.method === 'GET')
    .map(([name, e]) => ({
      endpoint: e,
      path: (ids: FuzzIds) => pathWith(e, ids),
      params: QUERY_PARAMS[`${api}.${name}`] ?? [],
    }));
}

export const QUERY_TARGETS: readonly QueryTarget[] = [
  ...queryTargets('v1', v1Endpoints),
  ...queryTargets('v2', v2Endpoints),
];
