import i18next from 'i18next';
import englishPlurals from '../../locales/en/plurals.json';
import type { Language } from './language.js';
import type { MessageValues } from './english.js';

/** Catalogs of the languages other than English: one file per area of the console. */
const catalogs: Partial<Record<Language, Record<string, () => Promise<Record<string, string>>>>> = {
  'zh-CN': import.meta.glob<Record<string, string>>('../../locales/zh-CN/*.json', {
    import: 'default',
  }),
};

export type Translate = (key: string, values?: MessageValues) => string;

/**
 * i18next, loaded only for a language other than English (this module is imported on demand).
 * Messages are keyed by their English text, so a message missing from a catalog shows in English.
 */
export async function createTranslator(language: Language): Promise<Translate> {
  const instance = i18next.createInstance();
  const loaders = Object.values(catalogs[language] ?? {});
  const parts = await Promise.all(loaders.map((load) => load()));
  await instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: {
      en: { translation: englishPlurals },
      [language]: { translation: Object.assign({}, ...parts) as Record<string, string> },
    },
    keySeparator: false,
    nsSeparator: false,
    // React escapes what it renders; i18next's escaping would show &amp; on the page
    interpolation: { escapeValue: false },
    returnNull: false,
    returnEmptyString: false,
  });
  return (key, values) => instance.t(key, values ?? {});
}
