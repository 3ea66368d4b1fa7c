import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, Navigate } from 'react-router';
import { RequireSession } from '../features/auth/components/require-session.js';
import { lazyPage } from './lazy-page.js';
import { consoleShellModule, pageModules } from './page-modules.js';
import { prefetchLoader } from './prefetch-loader.js';
import { NotFoundPage } from './not-found-page.js';
import { paths } from '../config/paths.js';
import { PageLoader } from '../components/page-loader.js';
import { RouteErrorBoundary } from './route-error-boundary.js';
import { useTranslation } from '../lib/i18n/use-translation.js';

/** Shown while a page's chunk loads, in the console's language. */
function PageLoading() {
  const { t } = useTranslation();
  return <PageLoader label={t('Loading page')} />;
}

// Every page is lazy: the entry holds only the providers, the router and the session guard, so the
// login page downloads what it shows and the job list what it shows (budget: web/scripts/post-build.ts).
// A page whose module exports `prefetchPage` starts its data from the route (prefetch-loader.ts).
export const consoleRoutes = (queryClient: QueryClient) => [
  {
    path: paths.login.path,
    lazy: lazyPage(pageModules.login, 'LoginPage'),
    errorElement: <RouteErrorBoundary />,
    hydrateFallbackElement: <PageLoading />,
  },
  {
    element: <RequireSession />,
    errorElement: <RouteErrorBoundary />,
    hydrateFallbackElement: <PageLoading />,
    children: [
      {
        lazy: lazyPage(consoleShellModule, 'ConsoleShell'),
        children: [
          {
            errorElement: <RouteErrorBoundary />,
            children: [
              { index: true, element: <Navigate to={paths.jobs.href()} replace /> },
              {
                path: paths.jobs.path,
                lazy: lazyPage(pageModules.jobs, 'JobsPage', undefined, (m) =>
                  prefetchLoader(queryClient, m.prefetchPage),
                ),
              },
              {
                path: paths.createJob.path,
                lazy: lazyPage(pageModules.createJob, 'CreateJobPage'),
              },
              {
                path: paths.v1Job.path,
                lazy: lazyPage(pageModules.v1Job, 'JobDetailRoute', undefined, (m) =>
                  prefetchLoader(queryClient, m.prefetchPage),
                ),
              },
              {
                path: paths.v1NewVersion.path,
                lazy: lazyPage(pageModules.v1NewVersion, 'NewVersionPage'),
              },
              {
                path: paths.configs.path,
                lazy: lazyPage(pageModules.configs, 'ConfigsPage'),
              },
              {
                path: paths.createConfig.path,
                lazy: lazyPage(pageModules.createConfig, 'ConfigEditorPage'),
              },
              {
                path: paths.config.path,
                lazy: lazyPage(pageModules.config, 'ConfigDetailPage'),
              },
              {
                path: paths.editConfig.path,
                lazy: lazyPage(pageModules.editConfig, 'ConfigEditorPage'),
              },
              {
                path: paths.v2CreateJob.path,
                lazy: lazyPage(pageModules.v2CreateJob, 'V2CreateRoute'),
              },
              {
                path: paths.v2Job.path,
                lazy: lazyPage(pageModules.v2Job, 'V2JobRoute', undefined, (m) =>
                  prefetchLoader(queryClient, m.prefetchPage),
                ),
              },
              {
                path: paths.obs.path,
                lazy: lazyPage(pageModules.obs, 'ObsBrowserPage'),
              },
              {
                path: paths.audit.path,
                lazy: lazyPage(pageModules.audit, 'AuditPage'),
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];

/** The console's router, at the browser's current URL (created when the console starts). */
export const createConsoleRouter = (queryClient: QueryClient) =>
  createBrowserRouter(consoleRoutes(queryClient));
