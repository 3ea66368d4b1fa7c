import { useSyncExternalStore } from 'react';
import type { MessageValues } from './english.js';
import { currentLanguage, onLanguageChange, t as translate } from './i18n.js';
import type { Language } from './language.js';

type T = (key: string, values?: MessageValues) => string;

/** One `t` per language: stable while the language stays, new when it changes. */
const perLanguage = new Map<Language, T>();
function tFor(language: Language): T {
  let t = perLanguage.get(language);
  if (!t) {
    t = (key, values) => translate(key, values);
    perLanguage.set(language, t);
  }
  return t;
}

/**
 * `const { t } = useTranslation()`: the component shows its messages again when the language
 * changes (`t` is a new function per language, so memoised values that depend on it follow too).
 */
export function useTranslation(): { t: T; language: Language } {
  const language = useSyncExternalStore(onLanguageChange, currentLanguage, currentLanguage);
  return { t: tFor(language), language };
}
