import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { Providers } from './app/providers.js';
import { createQueryClient } from './lib/query-client.js';
import { router } from './app/router.js';
import { sendToLogin } from './features/auth/session-lost.js';

const queryClient = createQueryClient();
const goToLogin = () => sendToLogin(router);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <Providers queryClient={queryClient} onSessionLost={goToLogin}>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
