import { endpoint, type ParamPatterns } from '../endpoint.js';

const ID = '\\d{1,19}';
/** v1 path parameters: numeric job and version ids; saved configuration names (catalog §3.15a). */
export const V1_PARAM_PATTERNS: ParamPatterns = {
  job_id: ID,
  version_id: ID,
  config_name: '[A-Za-z0-9_-]{1,64}',
};

const NO_VISUALIZATION_SCREEN = 'no visualization screen yet; allow-listed for the API';
const VERSION = 'training-jobs/{job_id}/versions/{version_id}';

/** The console's ModelArts v1 calls (catalog §3). Anything else is refused by the BFF. */
export const v1Endpoints = {
  resourceSpecs: endpoint({ api: 'v1', method: 'GET', path: 'job/resource-specs', ref: '3.13' }),
  aiEngines: endpoint({ api: 'v1', method: 'GET', path: 'job/ai-engines', ref: '3.14' }),
  listJobs: endpoint({ api: 'v1', method: 'GET', path: 'training-jobs', ref: '3.2' }),
  createJob: endpoint({
    api: 'v1',
    method: 'POST',
    path: 'training-jobs',
    ref: '3.1',
  }),
  updateJobDescription: endpoint({
    api: 'v1',
    method: 'PUT',
    path: 'training-jobs/{job_id}',
    ref: '3.9',
  }),
  deleteJob: endpoint({ api: 'v1', method: 'DELETE', path: 'training-jobs/{job_id}', ref: '3.7' }),
  listVersions: endpoint({
    api: 'v1',
    method: 'GET',
    path: 'training-jobs/{job_id}/versions',
    ref: '3.3',
  }),
  // The catalog's sample URL has a trailing slash; both forms are accepted.
  createVersion: endpoint({
    api: 'v1',
    method: 'POST',
    path: 'training-jobs/{job_id}/versions',
    ref: '3.5',
    trailingSlash: true,
  }),
  getVersion: endpoint({ api: 'v1', method: 'GET', path: VERSION, ref: '3.4' }),
  deleteVersion: endpoint({ api: 'v1', method: 'DELETE', path: VERSION, ref: '3.6' }),
  // documented without a body (§3.8): none, or {}
  stopVersion: endpoint({
    api: 'v1',
    method: 'POST',
    path: `${VERSION}/stop`,
    ref: '3.8',
  }),
  logFileNames: endpoint({
    api: 'v1',
    method: 'GET',
    path: `${VERSION}/log/file-names`,
    ref: '3.10',
  }),
  aomLog: endpoint({
    api: 'v1',
    method: 'GET',
    path: `${VERSION}/aom-log`,
    ref: '3.11',
    notInWeb: "read by the BFF's live log stream and download (/api/logs/v1/…)",
  }),
  builtInAlgorithms: endpoint({
    api: 'v1',
    method: 'GET',
    path: 'built-in-algorithms',
    ref: '3.12',
  }),
  listConfigs: endpoint({ api: 'v1', method: 'GET', path: 'training-job-configs', ref: '3.15b' }),
  createConfig: endpoint({
    api: 'v1',
    method: 'POST',
    path: 'training-job-configs',
    ref: '3.15a',
  }),
  getConfig: endpoint({
    api: 'v1',
    method: 'GET',
    path: 'training-job-configs/{config_name}',
    ref: '3.15c',
  }),
  updateConfig: endpoint({
    api: 'v1',
    method: 'PUT',
    path: 'training-job-configs/{config_name}',
    ref: '3.15d',
  }),
  deleteConfig: endpoint({
    api: 'v1',
    method: 'DELETE',
    path: 'training-job-configs/{config_name}',
    ref: '3.15e',
  }),
  listVisualizationJobs: endpoint({
    api: 'v1',
    method: 'GET',
    path: 'visualization-jobs',
    ref: '3.16 list',
    notInWeb: NO_VISUALIZATION_SCREEN,
  }),
  createVisualizationJob: endpoint({
    api: 'v1',
    method: 'POST',
    path: 'visualization-jobs',
    ref: '3.16 create',
    notInWeb: NO_VISUALIZATION_SCREEN,
  }),
  getVisualizationJob: endpoint({
    api: 'v1',
    method: 'GET',
    path: 'visualization-jobs/{job_id}',
    ref: '3.16 details',
    notInWeb: NO_VISUALIZATION_SCREEN,
  }),
  updateVisualizationJob: endpoint({
    api: 'v1',
    method: 'PUT',
    path: 'visualization-jobs/{job_id}',
    ref: '3.16 description',
    notInWeb: NO_VISUALIZATION_SCREEN,
  }),
  deleteVisualizationJob: endpoint({
    api: 'v1',
    method: 'DELETE',
    path: 'visualization-jobs/{job_id}',
    ref: '3.16 delete',
    notInWeb: NO_VISUALIZATION_SCREEN,
  }),
  // documented without a body (§3.16): none, or {}
  stopVisualizationJob: endpoint({
    api: 'v1',
    method: 'POST',
    path: 'visualization-jobs/{job_id}/stop',
    ref: '3.16 stop',
    notInWeb: NO_VISUALIZATION_SCREEN,
  }),
  restartVisualizationJob: endpoint({
    api: 'v1',
    method: 'POST',
    path: 'visualization-jobs/{job_id}/restart',
    ref: '3.16 restart',
    notInWeb: NO_VISUALIZATION_SCREEN,
  }),
};
