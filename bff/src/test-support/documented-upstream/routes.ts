import { V1_JOB_LIST, V1_VERSION_DETAIL, V1_VERSION_LIST } from './samples-v1-jobs.js';
import {
  V1_AI_ENGINES,
  V1_AOM_LOG,
  V1_BUILT_IN_ALGORITHMS,
  V1_CONFIG_LIST,
  V1_LOG_FILE_NAMES,
  V1_RESOURCE_SPECS,
} from './samples-v1-catalog.js';
import { V2_JOB_DETAIL, V2_JOB_SEARCH, V2_LOG_PREVIEW } from './samples-v2-jobs.js';
import { V2_ENGINES, V2_FLAVORS, V2_JOB_EVENTS } from './samples-v2-catalog.js';
import { V2_ALGORITHMS, V2_SEARCH_ALGORITHMS, V2_TASK_METRICS } from './samples-v2-more.js';
import { DATASET_LIST, DATASET_VERSION_LIST } from './samples-datasets.js';

export interface Answer {
  status: number;
  /** JSON text, sent as it is. */
  body: string;
}

const ok = (body: string): Answer => ({ status: 200, body });

const ID = '[^/]+';
const VERSION = `training-jobs/${ID}/versions/${ID}`;

/** `METHOD path-after-project` → the page's sample (any id: the pages print one job each). */
const STATIC: [method: string, api: 'v1' | 'v2', path: string, body: string][] = [
  ['GET', 'v1', 'training-jobs', V1_JOB_LIST],
  ['GET', 'v1', `training-jobs/${ID}/versions`, V1_VERSION_LIST],
  ['GET', 'v1', VERSION, V1_VERSION_DETAIL],
  ['GET', 'v1', `${VERSION}/log/file-names`, V1_LOG_FILE_NAMES],
  ['GET', 'v1', 'job/resource-specs', V1_RESOURCE_SPECS],
  ['GET', 'v1', 'job/ai-engines', V1_AI_ENGINES],
  ['GET', 'v1', 'built-in-algorithms', V1_BUILT_IN_ALGORITHMS],
  ['GET', 'v1', 'training-job-configs', V1_CONFIG_LIST],
  ['POST', 'v2', 'training-job-searches', V2_JOB_SEARCH],
  ['GET', 'v2', `training-jobs/${ID}`, V2_JOB_DETAIL],
  ['GET', 'v2', `training-jobs/${ID}/events`, V2_JOB_EVENTS],
  ['GET', 'v2', `training-jobs/${ID}/tasks/${ID}/logs/preview`, V2_LOG_PREVIEW],
  ['GET', 'v2', `training-jobs/${ID}/metrics/${ID}`, V2_TASK_METRICS],
  ['GET', 'v2', 'training-job-flavors', V2_FLAVORS],
  ['GET', 'v2', 'training-job-engines', V2_ENGINES],
  ['GET', 'v2', 'algorithms', V2_ALGORITHMS],
  ['GET', 'v2', 'search-algorithms', V2_SEARCH_ALGORITHMS],
  ['GET', 'v2', 'datasets', DATASET_LIST],
  ['GET', 'v2', `datasets/${ID}/versions`, DATASET_VERSION_LIST],
];

const ROUTES = STATIC.map(([method, api, path, body]) => ({
  method,
  re: new RegExp(`^/${api}/[^/]+/${path}/?$`),
  body,
}));
const AOM_LOG = new RegExp(`^/v1/[^/]+/${VERSION}/aom-log$`);

export const NOT_PUBLISHED: Answer = {
  status: 404,
  body: '{"error_code":"APIGW.0101","error_msg":"The API does not exist or has not been published in the environment"}',
};
const INVALID_ARGUMENT: Answer = {
  status: 400,
  body: '{"is_success":false,"error_message":"Invalid Argument.","error_code":"ModelArts.0101"}',
};

/** The sample's cursors, as printed (start_line is a number on the page, end_line a string). */
const SAMPLE = /"start_line":\s*(\d+)[\s\S]*"end_line":\s*"(\d+)"/.exec(V1_AOM_LOG);
export const AOM_START_LINE = SAMPLE?.[1] ?? '';
export const AOM_END_LINE = SAMPLE?.[2] ?? '';

const emptyPage = (at: string): Answer =>
  ok(`{"is_success":true,"start_line":"${at}","content":"","end_line":"${at}","lines":0}`);

/**
 * aom-log (querying_training_job_logs.rst): no base_line → the latest lines (the sample page).
 * A base_line "is obtained from an API response", so only the sample's cursors are known: lines
 * before its start_line (`asc`) and after its end_line (`desc`) are none; anything else is 400.
 */
function aomLog(query: URLSearchParams): Answer {
  if (!query.get('log_file')) return INVALID_ARGUMENT;
  const base = query.get('base_line')?.trim();
  if (base === undefined || base === '') return ok(V1_AOM_LOG);
  const order = query.get('order') ?? 'desc';
  if (base === AOM_START_LINE && order === 'asc') return emptyPage(base);
  if (base === AOM_END_LINE && order === 'desc') return emptyPage(base);
  return INVALID_ARGUMENT;
}

/** The answer for a ModelArts call (the project id is checked by the server). */
export function modelArtsAnswer(method: string, path: string, query: URLSearchParams): Answer {
  if (method === 'GET' && AOM_LOG.test(path)) return aomLog(query);
  const route = ROUTES.find((r) => r.method === method && r.re.test(path));
  return route ? ok(route.body) : NOT_PUBLISHED;
}
