import { FIELD_PROBLEM, issueTexts } from '../../lib/i18n/issue-text.js';
import { msg } from '../../lib/i18n/msg.js';

/**
 * The English messages of the shared request schemas (`shared/`) that this form shows beside its
 * fields, as templates: a whole message, or what is said of a field after its API name
 * (`app_url is required` = `app_url` + `is required`), shown with the field's label (`Code directory
 * is required`; the API name stays a hint in the field's description). `{{n}}` is a number;
 * `{{problem}}` is itself a predicate of this list.
 */
const WHOLE = [
  [
    'a resource is required: spec_id, flavor.code or pool_id',
    msg('Choose a resource specification, a public pool flavor or a dedicated pool'),
  ],
  [
    'one of data_url, data_source or dataset_id + dataset_version_id is required',
    msg('Choose the training data: an OBS path or a dataset'),
  ],
  [
    'data_url, data_source and dataset_id + dataset_version_id are exclusive',
    msg('Give the training data one way only: an OBS path or a dataset'),
  ],
  ['dataset_id and dataset_version_id go together', msg('Choose a dataset and its version')],
  msg('at most {{n}} volumes'),
  msg('at most {{n}} parameters'),
  FIELD_PROBLEM,
] as const;

const PREDICATES = [
  msg('is required'),
  msg('is required (or choose a built-in algorithm or a custom image)'),
  msg('is required for a dataset source'),
  ['is required for an obs source', msg('is required for an OBS source')],
  ['is required with {{other}}', msg('is required when {{other}} is given')],
  msg('cannot be combined with a dataset source'),
  ['cannot be combined with an obs source', msg('cannot be combined with an OBS source')],
  msg('needs at least one entry'),
  msg('must be inside {{other}}'),
  msg('must be a string'),
  msg('must be a number'),
  msg('must be a string or a number'),
  msg('must be a whole number'),
  msg('must be positive'),
  msg('must be at most {{n}} characters'),
  msg('must be at least {{n}}'),
  msg('must be at most {{n}}'),
  msg('may contain only letters, digits, hyphens (-) and underscores (_)'),
  msg('may contain only letters, digits, _, . and -'),
  // the form's own rules (local-rules.ts)
  msg('is required: choose an algorithm'),
  msg('is not offered here'),
  msg('is sold out'),
  msg('must be at most {{n}} for {{spec}}'),
] as const;

/** The labels the form shows for the API's field names (`components/*`). */
const FIELDS = {
  job_name: msg('Name'),
  job_desc: msg('Description'),
  config_name: msg('Configuration name'),
  workspace_id: msg('Workspace ID'),
  app_url: msg('Code directory'),
  boot_file_url: msg('Boot file'),
  user_image_url: msg('Image'),
  user_command: msg('Boot command'),
  model_id: msg('Algorithm'),
  engine_id: msg('AI engine'),
  data_url: msg('Data path'),
  data_source: msg('Data source'),
  dataset_id: msg('Source dataset'),
  dataset_version: msg('Dataset version'),
  dataset_version_id: msg('Dataset version'),
  train_url: msg('Output path'),
  log_url: msg('Log path'),
  spec_id: msg('Resource specification'),
  'flavor.code': msg('Resource specification'),
  pool_id: msg('Pool ID'),
  worker_server_num: msg('Workers'),
  label: msg('Label'),
  'parameters[].name': msg('Label'),
  'parameters[].value': msg('Value'),
  value: msg('Value'),
  id: msg('Volume ID'),
  src_path: msg('Source path'),
  dest_path: msg('Mount path'),
  'notification.topic_urn': msg('Notification topic URN'),
};

/** A validation message of this form in the user's words and language (`lib/i18n/issue-text.ts`). */
export const { issueText, useIssueText } = issueTexts({
  whole: WHOLE,
  predicates: PREDICATES,
  fields: FIELDS,
});
