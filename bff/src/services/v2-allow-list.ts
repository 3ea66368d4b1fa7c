import { route, type AllowedRoute } from './allow-list.js';

/** Job, algorithm and task ids: UUIDs or names; never `.`, `%` or `/`, so no traversal. */
const ID = '[A-Za-z0-9_-]{1,64}';
const JOB = `training-jobs/${ID}`;
const DATASET = `datasets/${ID}`;

/**
 * The console's `/api/v2/<path>` calls, relative to `/v2/{project_id}/` (catalog §4.0 and §3.19).
 * `tasks/{task}/logs/url` is deliberately absent: the BFF downloads the full log itself and never
 * hands the presigned OBS link to the browser (`/api/logs/v2/{job}/{task}/download`).
 */
export const V2_ALLOW_LIST: readonly AllowedRoute[] = [
  route('POST', 'training-jobs', '4.1'),
  route('POST', 'training-job-searches', '4.3'),
  route('GET', JOB, '4.4'),
  route('PUT', JOB, '4.5'),
  route('DELETE', JOB, '4.6'),
  route('POST', `${JOB}/actions`, '4.7'),
  route('GET', `${JOB}/tasks/${ID}/logs/preview`, '4.8'),
  route('GET', `${JOB}/metrics/${ID}`, '4.10'),
  route('GET', `${JOB}/events`, '4.11'),
  route('GET', 'training-job-flavors', '4.12'),
  route('GET', 'training-job-engines', '4.13'),
  route('POST', 'algorithms', '4.14a'),
  route('GET', 'algorithms', '4.14b'),
  route('GET', `algorithms/${ID}`, '4.14c'),
  route('PUT', `algorithms/${ID}`, '4.14d'),
  route('DELETE', `algorithms/${ID}`, '4.14e'),
  route('GET', 'search-algorithms', '4.15 search algorithms'),
  route('GET', `${JOB}/autosearch-trials`, '4.15 trials'),
  route('GET', `${JOB}/autosearch-trials/${ID}`, '4.15 trial'),
  route('POST', `${JOB}/autosearch-trial-earlystop/${ID}`, '4.15 early stop'),
  route('GET', `${JOB}/autosearch-parameter-analysis`, '4.15 parameter analysis'),
  route('GET', `${JOB}/autosearch-parameter-analysis/${ID}`, '4.15 analysis image path'),
  route('GET', 'training-jobs/autosearch/yaml-templates', '4.15 yaml templates'),
  route('GET', `training-jobs/autosearch/yaml-templates/${ID}/${ID}`, '4.15 yaml template'),
  route('GET', 'datasets', '3.19 list'),
  route('GET', DATASET, '3.19 details'),
  route('GET', `${DATASET}/versions`, '3.19 version list'),
  route('GET', `${DATASET}/versions/${ID}`, '3.19 version details'),
];
