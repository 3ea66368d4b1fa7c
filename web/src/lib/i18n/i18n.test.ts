import fc from 'fast-check';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import englishPlurals from '../../locales/en/plurals.json';
import { translateEnglish } from './english.js';
import { currentLanguage, onLanguageChange, switchLanguage, t } from './i18n.js';

afterEach(() => switchLanguage('en'));

const plurals: Record<string, string> = { ...englishPlurals, '{{count}} files_one': 'one file' };

async function englishI18next() {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'en',
    resources: { en: { translation: plurals } },
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

describe('English without i18next', () => {
  it('answers what i18next answers for English, plurals and placeholders included', async () => {
    const reference = await englishI18next();
    const word = fc.stringMatching(/^[A-Za-z ,.:()'-]{0,12}$/);
    const name = fc.constantFrom('count', 'name', 'project');
    const message = fc
      .array(
        fc.oneof(
          word,
          name.map((n) => `{{${n}}}`),
        ),
        { maxLength: 5 },
      )
      .map((parts) => parts.join(''));
    const values = fc.record(
      { count: fc.integer({ min: 0, max: 3 }), name: word, project: word },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(message, fc.constant('{{count}} files')), values, (key, v) => {
        expect(translateEnglish(key, v, plurals as Record<string, string>)).toBe(
          reference.t(key, v),
        );
      }),
      { seed: 1206, numRuns: 400 },
    );
  });
});

describe('switchLanguage', () => {
  it('loads the Chinese catalogs on demand, tells listeners and marks <html lang>', async () => {
    const heard: string[] = [];
    const stop = onLanguageChange(() => heard.push(currentLanguage()));
    expect(t('Log out')).toBe('Log out');
    await switchLanguage('zh-CN');
    expect(t('Log out')).toBe('退出登录');
    expect(t('Your role in {{project}}', { project: 'p1' })).toBe('您在 p1 中的角色');
    // a message no catalog has yet shows in English, never as a key path
    expect(t('Not translated {{x}}', { x: 1 })).toBe('Not translated 1');
    expect(document.documentElement.lang).toBe('zh-CN');
    await switchLanguage('en');
    expect(t('Log out')).toBe('Log out');
    stop();
    expect(heard).toEqual(['zh-CN', 'en']);
  });
});
