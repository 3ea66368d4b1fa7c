import { endpoint, type ParamPatterns } from '../endpoint.js';

const ID = '[A-Za-z0-9_-]{1,64}';
/** v2 path parameters: UUIDs or names; never `.`, `%` or `/`, so no traversal. */
export const V2_PARAM_PATTERNS: ParamPatterns = {
  job_id: ID,
  task_id: ID,
  trial_id: ID,
  algorithm_id: ID,
  dataset_id: ID,
  version_id: ID,
  algorithm_type: ID,
  algorithm_name: ID,
  parameter_name: ID,
};

const JOB = 'training-jobs/{job_id}';
const DATASET = 'datasets/{dataset_id}';
const NOT_IN_FORMS = 'not offered by a screen yet; allow-listed for the API';

/**
 * The console's `/v2/{project_id}/…` calls (catalog §4 and §3.19). `tasks/{task}/logs/url` is
 * deliberately absent: the BFF downloads the full log itself and never hands the presigned OBS
 * link to the browser (`/api/logs/v2/{job}/{task}/download`).
 */
export const v2Endpoints = {
  createJob: endpoint({
    api: 'v2',
    method: 'POST',
    path: 'training-jobs',
    ref: '4.1',
  }),
  searchJobs: endpoint({
    api: 'v2',
    method: 'POST',
    path: 'training-job-searches',
    ref: '4.3',
  }),
  getJob: endpoint({ api: 'v2', method: 'GET', path: JOB, ref: '4.4' }),
  updateJobDescription: endpoint({
    api: 'v2',
    method: 'PUT',
    path: JOB,
    ref: '4.5',
  }),
  deleteJob: endpoint({ api: 'v2', method: 'DELETE', path: JOB, ref: '4.6' }),
  jobAction: endpoint({
    api: 'v2',
    method: 'POST',
    path: `${JOB}/actions`,
    ref: '4.7',
  }),
  taskLogPreview: endpoint({
    api: 'v2',
    method: 'GET',
    path: `${JOB}/tasks/{task_id}/logs/preview`,
    ref: '4.8',
    notInWeb: "read by the BFF's live log stream (/api/logs/v2/…)",
  }),
  taskMetrics: endpoint({
    api: 'v2',
    method: 'GET',
    path: `${JOB}/metrics/{task_id}`,
    ref: '4.10',
  }),
  jobEvents: endpoint({ api: 'v2', method: 'GET', path: `${JOB}/events`, ref: '4.11' }),
  flavors: endpoint({ api: 'v2', method: 'GET', path: 'training-job-flavors', ref: '4.12' }),
  engines: endpoint({ api: 'v2', method: 'GET', path: 'training-job-engines', ref: '4.13' }),
  createAlgorithm: endpoint({
    api: 'v2',
    method: 'POST',
    path: 'algorithms',
    ref: '4.14a',
  }),
  listAlgorithms: endpoint({ api: 'v2', method: 'GET', path: 'algorithms', ref: '4.14b' }),
  getAlgorithm: endpoint({
    api: 'v2',
    method: 'GET',
    path: 'algorithms/{algorithm_id}',
    ref: '4.14c',
    notInWeb: NOT_IN_FORMS,
  }),
  updateAlgorithm: endpoint({
    api: 'v2',
    method: 'PUT',
    path: 'algorithms/{algorithm_id}',
    ref: '4.14d',
    notInWeb: NOT_IN_FORMS,
  }),
  deleteAlgorithm: endpoint({
    api: 'v2',
    method: 'DELETE',
    path: 'algorithms/{algorithm_id}',
    ref: '4.14e',
    notInWeb: NOT_IN_FORMS,
  }),
  searchAlgorithms: endpoint({ api: 'v2', method: 'GET', path: 'search-algorithms', ref: '4.15' }),
  searchTrials: endpoint({
    api: 'v2',
    method: 'GET',
    path: `${JOB}/autosearch-trials`,
    ref: '4.15 trials',
  }),
  searchTrial: endpoint({
    api: 'v2',
    method: 'GET',
    path: `${JOB}/autosearch-trials/{trial_id}`,
    ref: '4.15 trial',
  }),
  // documented without a body (§4.15): none, or {}
  earlyStopTrial: endpoint({
    api: 'v2',
    method: 'POST',
    path: `${JOB}/autosearch-trial-earlystop/{trial_id}`,
    ref: '4.15 early stop',
  }),
  parameterAnalysis: endpoint({
    api: 'v2',
    method: 'GET',
    path: `${JOB}/autosearch-parameter-analysis`,
    ref: '4.15 parameter analysis',
  }),
  parameterAnalysisImage: endpoint({
    api: 'v2',
    method: 'GET',
    path: `${JOB}/autosearch-parameter-analysis/{parameter_name}`,
    ref: '4.15 analysis image path',
  }),
  yamlTemplates: endpoint({
    api: 'v2',
    method: 'GET',
    path: 'training-jobs/autosearch/yaml-templates',
    ref: '4.15 yaml templates',
    notInWeb: NOT_IN_FORMS,
  }),
  yamlTemplate: endpoint({
    api: 'v2',
    method: 'GET',
    path: 'training-jobs/autosearch/yaml-templates/{algorithm_type}/{algorithm_name}',
    ref: '4.15 yaml template',
    notInWeb: NOT_IN_FORMS,
  }),
  listDatasets: endpoint({ api: 'v2', method: 'GET', path: 'datasets', ref: '3.19 list' }),
  getDataset: endpoint({
    api: 'v2',
    method: 'GET',
    path: DATASET,
    ref: '3.19 details',
    notInWeb: NOT_IN_FORMS,
  }),
  listDatasetVersions: endpoint({
    api: 'v2',
    method: 'GET',
    path: `${DATASET}/versions`,
    ref: '3.19 version list',
  }),
  getDatasetVersion: endpoint({
    api: 'v2',
    method: 'GET',
    path: `${DATASET}/versions/{version_id}`,
    ref: '3.19 version details',
    notInWeb: NOT_IN_FORMS,
  }),
};
