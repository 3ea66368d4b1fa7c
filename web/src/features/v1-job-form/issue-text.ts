import { t } from '../../lib/i18n/i18n.js';
import { msg } from '../../lib/i18n/msg.js';
import { useTranslation } from '../../lib/i18n/use-translation.js';

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

interface Template {
  key: string;
  pattern: RegExp;
  names: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(key: string): Template {
  const names: string[] = [];
  const source = key
    .split(/({{\w+}})/)
    .map((part) => {
      const name = /^{{(\w+)}}$/.exec(part)?.[1];
      if (!name) return escape(part);
      names.push(name);
      return name === 'n' ? '(\\d+)' : name === 'field' ? '(\\S+?)' : '(.+?)';
    })
    .join('');
  return { key, pattern: new RegExp(`^${source}$`, 's'), names };
}

const whole = WHOLE.map(compile);
const predicates = PREDICATES.map(compile);

/** The message in the console's language, or null when no template reads it whole. */
function translate(text: string, templates: readonly Template[]): string | null {
  for (const { key, pattern, names } of templates) {
    const match = pattern.exec(text);
    if (!match) continue;
    const values: Record<string, string> = {};
    let known = true;
    names.forEach((name, i) => {
      const value = match[i + 1] ?? '';
      if (name !== 'problem') values[name] = value;
      else {
        const problem = translate(value, predicates);
        if (problem === null) known = false;
        else values[name] = problem;
      }
    });
    if (known) return t(key, values);
  }
  return null;
}

/** A validation message in the console's language; one no template knows stays as sent. */
export function issueText(message: string): string;
export function issueText(message: string | undefined): string | undefined;
export function issueText(message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  return translate(message, whole) ?? translate(message, predicates) ?? t(message);
}

/** `issueText` in a component: shown again in the new language when it changes. */
export function useIssueText(): typeof issueText {
  useTranslation();
  return issueText;
}
