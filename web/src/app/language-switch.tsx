import { NativeSelect } from '@mantine/core';
import { useTranslation } from '../lib/i18n/use-translation.js';
import { switchLanguage } from '../lib/i18n/i18n.js';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage, rememberLanguage } from '../lib/i18n/language.js';

/**
 * The header's language choice: each language named in itself; the choice is remembered in this
 * browser. A native select: small on the first screen, and every keyboard and reader knows it.
 */
export function LanguageSwitch() {
  const { t, language } = useTranslation();
  return (
    <NativeSelect
      size="xs"
      w={96}
      aria-label={t('Language')}
      data-testid="language-switch"
      value={language}
      onChange={(event) => {
        const picked = event.currentTarget.value;
        if (!isLanguage(picked)) return;
        rememberLanguage(picked);
        void switchLanguage(picked);
      }}
      data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
    />
  );
}
