import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoute } from '../test/render.js';
import { switchLanguage } from '../lib/i18n/i18n.js';
import { LANGUAGE_STORAGE_KEY } from '../lib/i18n/language.js';
import { useTranslation } from '../lib/i18n/use-translation.js';
import { LanguageSwitch } from './language-switch.js';

afterEach(async () => {
  localStorage.clear();
  await switchLanguage('en');
});

/** A message of the console, as any page shows it. */
function Probe() {
  const { t } = useTranslation();
  return <h1>{t('Training jobs')}</h1>;
}

describe('LanguageSwitch', () => {
  it('switches the console to Simplified Chinese, remembers it and marks <html lang>', async () => {
    renderRoute(
      <>
        <LanguageSwitch />
        <Probe />
      </>,
    );
    expect(screen.getByRole('heading', { name: 'Training jobs' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '简体中文');
    expect(await screen.findByRole('heading', { name: '训练作业' })).toBeInTheDocument();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-CN');
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-CN'));
    expect(screen.getByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');
  });
});
