import { translateEnglish, type MessageValues } from './english.js';
import { detectLanguage, type Language } from './language.js';
import type { Translate } from './i18next-translator.js';

/**
 * The console's one translator. Messages are keyed by their English text (`t('Create job')`).
 * English is answered here (`english.ts`); another language loads i18next and its catalogs on
 * demand (`i18next-translator.ts`), so the default first screen carries neither.
 */
let language: Language = 'en';
let translate: Translate = translateEnglish;
const listeners = new Set<() => void>();

export function t(key: string, values?: MessageValues): string {
  return translate(key, values);
}

export function currentLanguage(): Language {
  return language;
}

export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Loads a language (once per switch) and shows it; `<html lang>` follows. */
export async function switchLanguage(next: Language): Promise<void> {
  const nextTranslate =
    next === 'en'
      ? translateEnglish
      : await import('./i18next-translator.js').then((m) => m.createTranslator(next));
  language = next;
  translate = nextTranslate;
  document.documentElement.lang = next;
  for (const listener of listeners) listener();
}

/** The language the console starts in (see `detectLanguage`). */
export function startLanguage(): Promise<void> {
  return switchLanguage(detectLanguage());
}
