import { t } from './i18n.js';
import { msg } from './msg.js';
import { useTranslation } from './use-translation.js';

/**
 * What the shared string and path rules (`shared/src/modelarts/safe-strings.ts`, the OBS, NFS and
 * image rules) say of any field: predicates every form reads.
 */
const SHARED_PREDICATES = [
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

/**
 * Validation messages in the console's language. A form lists the English messages its schemas
 * (`shared/`) and its own rules show beside its fields, as templates marked with `msg()`: `whole`
 * messages, and `predicates` — what is said of a field after its API name (`app_url is required` =
 * `{{field}} {{problem}}` with the predicate `is required`). `{{n}}` is a number; `{{problem}}` is
 * itself a predicate. A message no template reads stays as sent (a ModelArts error, for one).
 */
export function issueTexts(wholeKeys: readonly string[], predicateKeys: readonly string[]) {
  const whole = wholeKeys.map(compile);
  const predicates = [...predicateKeys, ...SHARED_PREDICATES].map(compile);

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
  function issueText(message: string): string;
  function issueText(message: string | undefined): string | undefined;
  function issueText(message: string | undefined): string | undefined {
    if (message === undefined) return undefined;
    return translate(message, whole) ?? translate(message, predicates) ?? t(message);
  }

  /** `issueText` in a component: shown again in the new language when it changes. */
  function useIssueText(): typeof issueText {
    useTranslation();
    return issueText;
  }

  return { issueText, useIssueText };
}
