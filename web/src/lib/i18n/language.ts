/**
 * Which language the console speaks: the one the user picked in the header (kept in this browser),
 * else the browser's first preference that the console ships (Simplified Chinese for any `zh`
 * preference), else English.
 */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** How each language names itself in the header's switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };

export const LANGUAGE_STORAGE_KEY = 'console-language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The shipped language that serves a browser preference such as `zh-Hans-CN` or `en-GB`. */
export function shippedLanguageFor(preference: string): Language | undefined {
  const primary = preference.toLowerCase().split('-')[0];
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'en') return 'en';
  return undefined;
}

interface Sources {
  stored: string | null;
  preferences: readonly string[];
}

export function pickLanguage({ stored, preferences }: Sources): Language {
  if (isLanguage(stored)) return stored;
  for (const preference of preferences) {
    const shipped = shippedLanguageFor(preference);
    if (shipped) return shipped;
  }
  return 'en';
}

/** Reads the browser's sources; storage may be refused (private mode), which reads as "not picked". */
export function detectLanguage(): Language {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    stored = null;
  }
  const preferences = navigator.languages?.length ? navigator.languages : [navigator.language];
  return pickLanguage({ stored, preferences });
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage refused: the choice lasts for this page only
  }
  // the server that draws the first screen (src/ssr/) draws it only in the language the page will
  // speak: it reads the choice from this cookie (no secret; the choice is the user's)
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${LANGUAGE_STORAGE_KEY}=${language}; Path=/; Max-Age=31536000; SameSite=Strict${secure}`;
}
