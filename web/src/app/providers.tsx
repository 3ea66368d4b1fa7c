import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { markSessionLost } from '../features/auth/session-lost.js';
import { setUnauthorizedHandler } from '../lib/api-client.js';
import { ConsoleMantine } from './console-mantine.js';

interface Props {
  queryClient: QueryClient;
  /** Where to go when the BFF answers 401 (the session expired or was ended elsewhere). */
  onSessionLost: () => void;
  children: ReactNode;
}

export function Providers({ queryClient, onSessionLost, children }: Props) {
  useEffect(() => {
    setUnauthorizedHandler(() => {
      markSessionLost(queryClient);
      onSessionLost();
    });
  }, [queryClient, onSessionLost]);

  return (
    <ConsoleMantine>
      <QueryClientProvider client={queryClient}>
        {/* The confirm dialogs and notifications come with the console's pages: console-shell.tsx */}
        {children}
      </QueryClientProvider>
    </ConsoleMantine>
  );
}
