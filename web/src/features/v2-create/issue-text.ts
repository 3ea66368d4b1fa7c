import { FIELD_PROBLEM, issueTexts } from '../../lib/i18n/issue-text.js';
import { msg } from '../../lib/i18n/msg.js';

/**
 * The English messages of the v2 request schemas (`shared/`) and of this form's own rules that the
 * form shows beside its fields, as templates: a whole message, or what is said of a field after
 * its API name (`spec.resource.node_count must be at least 1` = the name + `must be at least
 * {{n}}`), shown with the field's label (`Nodes must be at least 1`). `{{n}}` is a number;
 * `{{problem}}` is itself a predicate of this list.
 */
const WHOLE = [
  [
    'algorithm needs one source: id, subscription_id + item_version_id, code_dir + boot_file with an engine, or engine.image_url + command',
    msg(
      'Choose the algorithm: one of my algorithms, a subscribed one, code + boot file with an engine, or a custom image with a command',
    ),
  ],
  [
    'algorithm sources are exclusive, got {{sources}}',
    msg('Choose one algorithm source only (got {{sources}})'),
  ],
  [
    'algorithm.engine needs engine_id, or engine_name + engine_version, with code_dir + boot_file',
    msg('Choose an engine (a preset, or a name and version) for the code directory and boot file'),
  ],
  [
    'spec.resource needs flavor_id (public pool) or pool_id (dedicated pool)',
    msg('Choose a flavor (public pool) or a pool ID (dedicated pool)'),
  ],
  [
    'a volume needs exactly one of nfs, pfs or obs',
    msg('Each volume needs exactly one source: NFS, PFS or OBS'),
  ],
  ['remote needs exactly one of obs or dataset', msg('Choose an OBS path or a dataset')],
  ['environments: at most {{n}} variables', msg('At most {{n}} environment variables')],
  [
    'environments: name "{{name}}" must match [A-Za-z_][A-Za-z0-9_]* (at most 8192 characters)',
    msg(
      'Environment variable "{{name}}": use letters, digits and _, not starting with a digit (at most 8192 characters)',
    ),
  ],
  ['environments: a value {{problem}}', msg('Environment variable value {{problem}}')],
  msg('at most {{n}} volumes'),
  msg('at most {{n}} parameters'),
  msg('at most {{n}} inputs'),
  msg('at most {{n}} outputs'),
  // the form's own rules (form-schema.ts, auto-search-rules.ts)
  msg('This flavor allows at most 1 node'),
  msg('This flavor allows at most {{n}} nodes'),
  msg("Your role's jobs must stop by themselves within 1 to {{n}} hours"),
  ['algo_configs.params {{key}} must be a whole number', msg('{{key}} must be a whole number')],
  ['algo_configs.params {{key}} must be a number', msg('{{key}} must be a number')],
  ['search_params.name {{name}} is listed twice', msg('Parameter {{name}} is listed twice')],
  FIELD_PROBLEM,
] as const;

const PREDICATES = [
  msg('is required'),
  ['is required (flavor_id or pool_id)', msg('is required: choose a flavor or a pool')],
  msg('is required for a dedicated pool'),
  msg('is required with a custom image'),
  ['is required with {{other}}', msg('is required when {{other}} is given')],
  msg('must be inside {{other}}'),
  msg('must be under /home'),
  msg('must be a string'),
  msg('must be a number'),
  msg('must be an integer'),
  msg('must be a whole number of at least 2'),
  msg('must be at most {{n}} characters'),
  msg('must be at least {{n}}'),
  msg('must be at most {{n}}'),
  msg('must be a map of name to value'),
  ['must be HOURS', msg('must be in hours')],
  ['must be max or min', msg('must be Maximize or Minimize')],
  ['must be continuous or discrete', msg('must be Continuous or Discrete')],
  msg('needs at least one value'),
  ['must be greater than lower_bound', msg('must be greater than the lower bound')],
  msg('is not a valid regular expression'),
  msg('may contain only letters, digits, hyphens (-) and underscores (_)'),
] as const;

/** The labels the form shows for the API's field names (`components/*`). */
const FIELDS = {
  'metadata.name': msg('Name'),
  'metadata.description': msg('Description'),
  algorithm: msg('Algorithm'),
  'algorithm.id': msg('Algorithm'),
  'algorithm.code_dir': msg('Code directory'),
  'algorithm.boot_file': msg('Boot file'),
  'algorithm.command': msg('Command'),
  'algorithm.engine': msg('Engine'),
  'engine.image_url': msg('Image URL'),
  'algorithm.engine.image_url': msg('Image URL'),
  'engine.engine_version': msg('Engine version'),
  'algorithm.working_dir': msg('Working directory'),
  'algorithm.local_code_dir': msg('Local code directory'),
  'algorithm.subscription_id': msg('Subscription ID'),
  'algorithm.item_version_id': msg('Item version ID'),
  'spec.resource': msg('Resource pool'),
  'spec.resource.flavor_id': msg('Flavor'),
  'spec.resource.pool_id': msg('Pool ID'),
  'spec.resource.node_count': msg('Nodes'),
  'spec.auto_stop.duration': msg('Auto stop (hours)'),
  'spec.auto_stop.time_unit': msg('Auto stop (hours)'),
  'spec.log_export_path.obs_url': msg('Log export path'),
  'parameters[].name': msg('Hyperparameter name'),
  'parameters[].value': msg('Hyperparameter value'),
  obs_url: msg('OBS path'),
  'inputs[].name': msg('Input name'),
  'inputs[].local_dir': msg('Input local directory'),
  'remote.dataset.obs_url': msg('Input OBS path'),
  'outputs[].name': msg('Output name'),
  'outputs[].local_dir': msg('Output local directory'),
  'outputs[].remote': msg('Output OBS path'),
  'volumes[].nfs.nfs_server_path': msg('NFS server path'),
  'volumes[].nfs.local_path': msg('Mount path'),
  'search_params.name': msg('Search parameter name'),
  'search_params.param_type': msg('Search parameter type'),
  'search_params.lower_bound': msg('Lower bound'),
  'search_params.upper_bound': msg('Upper bound'),
  'search_params.discrete_points_num': msg('Points'),
  'search_params.discrete_values': msg('Values'),
  'reward_attrs.name': msg('Reward metric'),
  'reward_attrs.mode': msg('Reward mode'),
  'reward_attrs.regex': msg('Reward regex'),
  'algo_configs.name': msg('Search algorithm'),
};

/** A validation message of this form in the user's words and language (`lib/i18n/issue-text.ts`). */
export const { issueText, useIssueText } = issueTexts({
  whole: WHOLE,
  predicates: PREDICATES,
  fields: FIELDS,
});
