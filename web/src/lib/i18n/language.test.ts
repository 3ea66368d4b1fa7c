import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, pickLanguage, rememberLanguage, shippedLanguageFor } from './language.js';

describe('pickLanguage', () => {
  it('keeps the language picked in the header over the browser', () => {
    expect(pickLanguage({ stored: 'en', preferences: ['zh-CN'] })).toBe('en');
    expect(pickLanguage({ stored: 'zh-CN', preferences: ['en-US'] })).toBe('zh-CN');
  });

  it('follows the first browser preference the console ships', () => {
    expect(pickLanguage({ stored: null, preferences: ['zh-Hans-CN', 'en'] })).toBe('zh-CN');
    expect(pickLanguage({ stored: null, preferences: ['fr-FR', 'zh-TW', 'en'] })).toBe('zh-CN');
    expect(pickLanguage({ stored: null, preferences: ['de', 'en-GB', 'zh'] })).toBe('en');
  });

  it('falls back to English for anything else, a stored value it does not ship included', () => {
    expect(pickLanguage({ stored: 'xx', preferences: ['fr', 'ja'] })).toBe('en');
    expect(pickLanguage({ stored: null, preferences: [] })).toBe('en');
    expect(shippedLanguageFor('ZH-cn')).toBe('zh-CN');
  });

  it('always answers a shipped language, whatever the sources hold', () => {
    fc.assert(
      fc.property(fc.option(fc.string()), fc.array(fc.string()), (stored, preferences) => {
        expect(LANGUAGES).toContain(pickLanguage({ stored, preferences }));
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('rememberLanguage', () => {
  it('keeps the pick in this browser and tells the server in a cookie (the first screen it draws)', () => {
    rememberLanguage('zh-CN');
    expect(localStorage.getItem('console-language')).toBe('zh-CN');
    expect(document.cookie.split('; ')).toContain('console-language=zh-CN');
    rememberLanguage('en');
    expect(document.cookie.split('; ')).toContain('console-language=en');
    expect(document.cookie.split('; ')).not.toContain('console-language=zh-CN');
  });
});
