import {
  CreateAlgorithmRequestSchema,
  CreateJobConfigRequestSchema,
  CreateTrainingJobRequestSchema,
  CreateTrainingJobV2RequestSchema,
  CreateVersionRequestSchema,
  CreateVisualizationJobRequestSchema,
  ModifyTrainingJobDescriptionRequestSchema,
  NoBodyRequestSchema,
  TrainingJobActionRequestSchema,
  TrainingJobSearchRequestSchema,
  UpdateJobConfigRequestSchema,
  UpdateJobDescriptionRequestSchema,
  UpdateVisualizationJobRequestSchema,
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
import type { z } from 'zod';
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

/** An endpoint that takes a JSON body: path under `/{version}/{project_id}/`, schema, valid samples. */
export interface BodyTarget {
  version: 'v1' | 'v2';
  method: 'POST' | 'PUT';
  path: (ids: FuzzIds) => string;
  schema: z.ZodType;
  seeds: readonly Json[];
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

/** Every create, update, search and action body the console sends (v1 §3, v2 §4). */
export const BODY_TARGETS: readonly BodyTarget[] = [
  {
    version: 'v1',
    method: 'POST',
    path: () => 'training-jobs',
    schema: CreateTrainingJobRequestSchema,
    seeds: [seed004CreateBody, seed002DatasetBody, seed002ImageBody, seed002VolumeBody].map(json),
  },
  {
    version: 'v1',
    method: 'POST',
    path: (i) => `training-jobs/${i.v1Job}/versions`,
    schema: CreateVersionRequestSchema,
    seeds: [json(restCreateVersionBody)],
  },
  {
    version: 'v1',
    method: 'PUT',
    path: (i) => `training-jobs/${i.v1Job}`,
    schema: UpdateJobDescriptionRequestSchema,
    seeds: [{ job_desc: 'a new description' }],
  },
  {
    version: 'v1',
    method: 'POST',
    path: (i) => `training-jobs/${i.v1Job}/versions/${i.v1Version}/stop`,
    schema: NoBodyRequestSchema,
    seeds: [{}],
  },
  {
    version: 'v1',
    method: 'POST',
    path: () => 'training-job-configs',
    schema: CreateJobConfigRequestSchema,
    seeds: [seed000ObsConfigBody, seed000DatasetConfigBody, restCreateConfigBody].map(json),
  },
  {
    version: 'v1',
    method: 'PUT',
    path: (i) => `training-job-configs/${i.v1Config}`,
    schema: UpdateJobConfigRequestSchema,
    seeds: [restUpdateConfigBody, seed001DataSourceUpdateBody].map(json),
  },
  {
    version: 'v1',
    method: 'POST',
    path: () => 'visualization-jobs',
    schema: CreateVisualizationJobRequestSchema,
    seeds: [visualizationBody],
  },
  {
    version: 'v1',
    method: 'PUT',
    path: (i) => `visualization-jobs/${i.v1Visualization}`,
    schema: UpdateVisualizationJobRequestSchema,
    seeds: [{ job_desc: 'a new description' }],
  },
  {
    version: 'v1',
    method: 'POST',
    path: (i) => `visualization-jobs/${i.v1Visualization}/restart`,
    schema: NoBodyRequestSchema,
    seeds: [{}],
  },
  {
    version: 'v2',
    method: 'POST',
    path: () => 'training-jobs',
    schema: CreateTrainingJobV2RequestSchema,
    seeds: [seed003FreeFlavorBody, seed003CustomImageBody].map(json),
  },
  {
    version: 'v2',
    method: 'PUT',
    path: (i) => `training-jobs/${i.v2Job}`,
    schema: ModifyTrainingJobDescriptionRequestSchema,
    seeds: [{ description: 'a new description' }],
  },
  {
    version: 'v2',
    method: 'POST',
    path: (i) => `training-jobs/${i.v2Job}/actions`,
    schema: TrainingJobActionRequestSchema,
    seeds: [{ action_type: 'terminate' }],
  },
  {
    version: 'v2',
    method: 'POST',
    path: () => 'algorithms',
    schema: CreateAlgorithmRequestSchema,
    seeds: [algorithmBody],
  },
  {
    version: 'v2',
    method: 'PUT',
    path: (i) => `algorithms/${i.v2Algorithm}`,
    schema: CreateAlgorithmRequestSchema,
    seeds: [algorithmBody],
  },
  {
    version: 'v2',
    method: 'POST',
    path: () => 'training-job-searches',
    schema: TrainingJobSearchRequestSchema,
    seeds: [searchBody],
  },
  {
    version: 'v2',
    method: 'POST',
    path: (i) => `training-jobs/${i.v2Job}/autosearch-trial-earlystop/1`,
    schema: NoBodyRequestSchema,
    seeds: [{}],
  },
];

/** A list or read endpoint and the query parameters it documents. */
export interface QueryTarget {
  version: 'v1' | 'v2';
  path: (ids: FuzzIds) => string;
  params: readonly string[];
}

const V1_LIST = ['per_page', 'page', 'sortBy', 'order', 'search_content', 'workspace_id'];

export const QUERY_TARGETS: readonly QueryTarget[] = [
  { version: 'v1', path: () => 'training-jobs', params: V1_LIST },
  { version: 'v1', path: () => 'training-job-configs', params: [...V1_LIST, 'config_type'] },
  { version: 'v1', path: () => 'visualization-jobs', params: [...V1_LIST, 'status'] },
  {
    version: 'v1',
    path: () => 'job/resource-specs',
    params: ['job_type', 'engine_id', 'project_type'],
  },
  { version: 'v1', path: () => 'job/ai-engines', params: ['job_type'] },
  { version: 'v1', path: () => 'built-in-algorithms', params: [] },
  { version: 'v1', path: (i) => `training-jobs/${i.v1Job}/versions`, params: ['per_page', 'page'] },
  {
    version: 'v1',
    path: (i) => `training-jobs/${i.v1Job}/versions/${i.v1Version}/aom-log`,
    params: ['log_file', 'lines', 'base_line', 'order'],
  },
  {
    version: 'v2',
    path: (i) => `training-jobs/${i.v2Job}/events`,
    params: ['offset', 'limit', 'level', 'pattern', 'start_time', 'end_time'],
  },
  { version: 'v2', path: (i) => `training-jobs/${i.v2Job}/metrics/${i.v2Task}`, params: ['step'] },
  {
    version: 'v2',
    path: (i) => `training-jobs/${i.v2Job}/tasks/${i.v2Task}/logs/preview`,
    params: [],
  },
  { version: 'v2', path: () => 'training-job-flavors', params: ['flavor_type'] },
  { version: 'v2', path: () => 'training-job-engines', params: [] },
  {
    version: 'v2',
    path: () => 'algorithms',
    params: ['offset', 'limit', 'sort_by', 'order', 'group_by', 'searches'],
  },
  {
    version: 'v2',
    path: (i) => `training-jobs/${i.v2Job}/autosearch-trials`,
    params: ['offset', 'limit'],
  },
  {
    version: 'v2',
    path: () => 'datasets',
    params: ['offset', 'limit', 'search_content', 'sort_by'],
  },
];
