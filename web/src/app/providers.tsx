import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, type ReactNode } from 'react';
import { markSessionLost } from '../features/auth/session-lost.js';
import { setUnauthorizedHandler } from '../lib/api-client.js';
import { useTranslation } from '../lib/i18n/use-translation.js';
import { cssVariablesResolver, themeIn } from './theme.js';

interface Props {
  queryClient: QueryClient;
  /** Where to go when the BFF answers 401 (the session expired or was ended elsewhere). */
  onSessionLost: () => void;
  children: ReactNode;
}

export function Providers({ queryClient, onSessionLost, children }: Props) {
  const { t } = useTranslation();
  const theme = useMemo(() => themeIn(t('Close')), [t]);
  useEffect(() => {
    setUnauthorizedHandler(() => {
      markSessionLost(queryClient);
      onSessionLost();
    });
  }, [queryClient, onSessionLost]);

  return (
    // the colour scheme follows the system until the header's toggle picks one (kept in
    // localStorage by Mantine's default colour scheme manager)
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
    >
      <QueryClientProvider client={queryClient}>
        {/* The confirm dialogs and notifications come with the console's pages: console-shell.tsx */}
        {children}
      </QueryClientProvider>
    </MantineProvider>
  );
}
