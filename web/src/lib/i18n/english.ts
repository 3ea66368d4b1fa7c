import englishPlurals from '../../locales/en/plurals.json';

/** Values put into a message's {{placeholders}}; `count` also picks a plural form. */
export type MessageValues = Record<string, string | number | undefined>;

const plurals: Record<string, string> = englishPlurals;
const rules = new Intl.PluralRules('en');

/** `{{name}}` replaced by its value; a placeholder without a value is left as written. */
export function interpolate(message: string, values?: MessageValues): string {
  if (!values) return message;
  return message.replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * English, where the message is its own key: only plurals have a catalog (`locales/en/plurals.json`:
 * `"{{count}} jobs_one": "{{count}} job"`); every other message is shown as written. This is what
 * i18next answers for English with the same catalog (`i18n.test.ts` holds them equal), without
 * loading i18next for the console's default language.
 */
export function translateEnglish(
  key: string,
  values?: MessageValues,
  catalog: Record<string, string> = plurals,
): string {
  const count = values?.count;
  const form = typeof count === 'number' ? catalog[`${key}_${rules.select(count)}`] : undefined;
  return interpolate(form ?? key, values);
}
