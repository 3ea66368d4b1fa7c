import { issueTexts } from '../../lib/i18n/issue-text.js';
import { msg } from '../../lib/i18n/msg.js';

/**
 * The English messages of the v2 request schemas (`shared/`) and of this form's own rules that the
 * form shows beside its fields, as templates: a whole message, or what is said of a field after
 * its API name (`spec.resource.node_count must be at least 1` = the name + `must be at least
 * {{n}}`). `{{n}}` is a number; `{{problem}}` is itself a predicate of this list.
 */
const WHOLE = [
  msg(
    'algorithm needs one source: id, subscription_id + item_version_id, code_dir + boot_file with an engine, or engine.image_url + command',
  ),
  msg('algorithm sources are exclusive, got {{sources}}'),
  msg(
    'algorithm.engine needs engine_id, or engine_name + engine_version, with code_dir + boot_file',
  ),
  msg('spec.resource needs flavor_id (public pool) or pool_id (dedicated pool)'),
  msg('a volume needs exactly one of nfs, pfs or obs'),
  msg('remote needs exactly one of obs or dataset'),
  msg('environments: at most {{n}} variables'),
  msg('environments: name "{{name}}" must match [A-Za-z_][A-Za-z0-9_]* (at most 8192 characters)'),
  msg('at most {{n}} volumes'),
  msg('at most {{n}} parameters'),
  msg('at most {{n}} inputs'),
  msg('at most {{n}} outputs'),
  // the form's own rules (form-schema.ts, auto-search-rules.ts)
  msg('This flavor allows at most 1 node'),
  msg('This flavor allows at most {{n}} nodes'),
  msg("Your role's jobs must stop by themselves within 1 to {{n}} hours"),
  msg('algo_configs.params {{key}} must be a whole number'),
  msg('algo_configs.params {{key}} must be a number'),
  msg('search_params.name {{name}} is listed twice'),
  msg('{{field}} {{problem}}'),
];

const PREDICATES = [
  msg('is required'),
  msg('is required (flavor_id or pool_id)'),
  msg('is required for a dedicated pool'),
  msg('is required with a custom image'),
  msg('is required with {{other}}'),
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
  msg('must be HOURS'),
  msg('must be max or min'),
  msg('must be continuous or discrete'),
  msg('needs at least one value'),
  msg('must be greater than lower_bound'),
  msg('is not a valid regular expression'),
  msg('may contain only letters, digits, hyphens (-) and underscores (_)'),
];

/** A validation message of this form in the console's language (`lib/i18n/issue-text.ts`). */
export const { issueText, useIssueText } = issueTexts(WHOLE, PREDICATES);
