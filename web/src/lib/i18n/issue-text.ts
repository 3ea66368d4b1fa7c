import { t } from './i18n.js';
import { msg } from './msg.js';
import { useTranslation } from './use-translation.js';
import { SHARED_PREDICATES } from './shared-predicates.js';

/**
 * A message a form shows: either the English text itself (marked `msg()`), or a pair — the message as
 * the shared schemas word it (with API names: `a resource is required: spec_id, flavor.code or
 * pool_id`) and what the form says instead, in the user's words (`msg()`), with the same placeholders.
 */
export type IssueRewrite = string | readonly [api: string, say: string];

/** What one form knows of its messages (see `issueTexts`). */
export interface IssueCatalog {
  whole: readonly IssueRewrite[];
  predicates: readonly IssueRewrite[];
  /** API field names (`app_url`, `parameters[].name`) → the label the form shows (`msg()`). */
  fields: Readonly<Record<string, string>>;
}

interface Template {
  say: string;
  pattern: RegExp;
  names: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Placeholders that hold an API field name, shown as the field's label. */
const FIELD_NAMES = new Set(['field', 'other']);

function compile(rewrite: IssueRewrite): Template {
  const [api, say] = typeof rewrite === 'string' ? [rewrite, rewrite] : rewrite;
  const names: string[] = [];
  const source = api
    .split(/({{\w+}})/)
    .map((part) => {
      const name = /^{{(\w+)}}$/.exec(part)?.[1];
      if (!name) return escape(part);
      names.push(name);
      return name === 'n' ? '(\\d+)' : FIELD_NAMES.has(name) ? '(\\S+?)' : '(.*?)';
    })
    .join('');
  return { say, pattern: new RegExp(`^${source}$`, 's'), names };
}

/**
 * Validation messages in the user's words and the console's language. A form lists the English
 * messages its schemas (`shared/`) and its own rules show beside its fields: `whole` messages, and
 * `predicates` — what is said of a field after its API name (`app_url is required` = `{{field}}
 * {{problem}}` with the predicate `is required`). A field name the form labels is shown as its label
 * (`Code directory is required`); `{{n}}` is a number; `{{problem}}` is itself a predicate. A message
 * no template reads stays as sent (a ModelArts error, for one).
 */
export function issueTexts({ whole: wholeList, predicates: predicateList, fields }: IssueCatalog) {
  const whole = wholeList.map(compile);
  const predicates = [...predicateList, ...SHARED_PREDICATES].map(compile);
  const label = (name: string) => {
    const known = Object.hasOwn(fields, name) ? fields[name] : undefined;
    return known === undefined ? name : t(known);
  };

  /** The message in the console's language, or null when no template reads it whole. */
  function translate(text: string, templates: readonly Template[]): string | null {
    for (const { say, pattern, names } of templates) {
      const match = pattern.exec(text);
      if (!match) continue;
      const values: Record<string, string> = {};
      let known = true;
      names.forEach((name, i) => {
        const value = match[i + 1] ?? '';
        if (name === 'problem') {
          const problem = translate(value, predicates);
          if (problem === null) known = false;
          else values[name] = problem;
        } else values[name] = FIELD_NAMES.has(name) ? label(value) : value;
      });
      if (known) return t(say, values);
    }
    return null;
  }

  /** A validation message in the user's words; one no template knows stays as sent. */
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

/** The message every form reads: a field and what is wrong with it. */
export const FIELD_PROBLEM = msg('{{field}} {{problem}}');
