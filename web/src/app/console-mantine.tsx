import './mantine-styles.css';
import { MantineProvider } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from '../lib/i18n/use-translation.js';
import { cssVariablesResolver, themeIn } from './theme.js';

/**
 * The design system with the console's theme, in the user's language: around the signed-out login
 * page (sign-in-entry.tsx) and around the console (providers.tsx).
 */
export function ConsoleMantine({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const theme = useMemo(() => themeIn(t('Close')), [t]);
  return (
    // the colour scheme follows the system until the header's toggle picks one (kept in
    // localStorage by Mantine's default colour scheme manager)
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
    >
      {children}
    </MantineProvider>
  );
}
