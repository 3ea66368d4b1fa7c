import { issueTexts } from '../../lib/i18n/issue-text.js';
import { msg } from '../../lib/i18n/msg.js';

/**
 * The English messages of the shared request schemas (`shared/`) that this form shows beside its
 * fields, as templates: a whole message, or what is said of a field after its API name
 * (`app_url is required` = `app_url` + `is required`). `{{n}}` is a number; `{{problem}}` is
 * itself a predicate of this list.
 */
const WHOLE = [
  msg('a resource is required: spec_id, flavor.code or pool_id'),
  msg('one of data_url, data_source or dataset_id + dataset_version_id is required'),
  msg('data_url, data_source and dataset_id + dataset_version_id are exclusive'),
  msg('dataset_id and dataset_version_id go together'),
  msg('at most {{n}} volumes'),
  msg('at most {{n}} parameters'),
  msg('{{field}} {{problem}}'),
];

const PREDICATES = [
  msg('is required'),
  msg('is required (or choose a built-in algorithm or a custom image)'),
  msg('is required for a dataset source'),
  msg('is required for an obs source'),
  msg('is required with {{other}}'),
  msg('cannot be combined with a dataset source'),
  msg('cannot be combined with an obs source'),
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
];

/** A validation message of this form in the console's language (`lib/i18n/issue-text.ts`). */
export const { issueText, useIssueText } = issueTexts(WHOLE, PREDICATES);
