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
  msg('must not contain a NUL character'),
  msg('must be a single line (no line breaks)'),
  msg('must not contain control characters (found {{char}})'),
  msg('must be an OBS path such as /bucket/dir/ or obs://bucket/dir/'),
  msg('bucket name "{{bucket}}" {{problem}}'),
  msg('must be 3–63 characters long'),
  msg(
    'may contain only lowercase letters, digits, hyphens and periods, and must start and end with a letter or digit',
  ),
  msg('must not contain "..", ".-" or "-."'),
  msg('must not be an IP address'),
  msg('must not contain whitespace'),
  msg('must not contain a ".." segment'),
  msg('must be an absolute path'),
  msg('must be an NFS export such as 192.168.0.82:/ or nas.example:/share'),
  msg('must be an image such as organization/image:tag (letters, digits and . _ : / @ -)'),
  // the form's own rules (local-rules.ts)
  msg('is required: choose an algorithm'),
  msg('is not offered here'),
  msg('is sold out'),
  msg('must be at most {{n}} for {{spec}}'),
];

/** A validation message of this form in the console's language (`lib/i18n/issue-text.ts`). */
export const { issueText, useIssueText } = issueTexts(WHOLE, PREDICATES);
