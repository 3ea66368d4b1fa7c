import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { Providers } from './app/providers.js';
import { createQueryClient } from './lib/query-client.js';
import { router } from './app/router.js';
import { sendToLogin } from './features/auth/session-lost.js';
import { startLanguage } from './lib/i18n/i18n.js';

const queryClient = createQueryClient();
const goToLogin = () => sendToLogin(router);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// English starts at once; another language first loads its catalogs (in parallel with the page's chunks)
void startLanguage().finally(() =>
  createRoot(root).render(
    <StrictMode>
      <Providers queryClient={queryClient} onSessionLost={goToLogin}>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  ),
);
