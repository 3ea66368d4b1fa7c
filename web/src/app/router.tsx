import { createBrowserRouter, Navigate } from 'react-router';
import { RequireSession } from '../features/auth/components/require-session.js';
import { lazyPage } from './lazy-page.js';
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
export const routes = [
  {
    path: paths.login.path,
    lazy: lazyPage(() => import('../features/auth/components/login-page.js'), 'LoginPage'),
    errorElement: <RouteErrorBoundary />,
    hydrateFallbackElement: <PageLoading />,
  },
  {
    element: <RequireSession />,
    errorElement: <RouteErrorBoundary />,
    hydrateFallbackElement: <PageLoading />,
    children: [
      {
        lazy: lazyPage(() => import('./console-shell.js'), 'ConsoleShell'),
        children: [
          {
            errorElement: <RouteErrorBoundary />,
            children: [
              { index: true, element: <Navigate to={paths.jobs.href()} replace /> },
              {
                path: paths.jobs.path,
                lazy: lazyPage(
                  () => import('../features/jobs/components/jobs-page.js'),
                  'JobsPage',
                ),
              },
              {
                path: paths.createJob.path,
                lazy: lazyPage(() => import('./routes/create-job-page.js'), 'CreateJobPage'),
              },
              {
                path: paths.v1Job.path,
                lazy: lazyPage(() => import('./routes/job-detail-route.js'), 'JobDetailRoute'),
              },
              {
                path: paths.v1NewVersion.path,
                lazy: lazyPage(() => import('./routes/new-version-page.js'), 'NewVersionPage'),
              },
              {
                path: paths.configs.path,
                lazy: lazyPage(
                  () => import('../features/v1-configs/components/configs-page.js'),
                  'ConfigsPage',
                ),
              },
              {
                path: paths.createConfig.path,
                lazy: lazyPage(() => import('./routes/config-editor-page.js'), 'ConfigEditorPage'),
              },
              {
                path: paths.config.path,
                lazy: lazyPage(
                  () => import('../features/v1-configs/components/config-detail-page.js'),
                  'ConfigDetailPage',
                ),
              },
              {
                path: paths.editConfig.path,
                lazy: lazyPage(() => import('./routes/config-editor-page.js'), 'ConfigEditorPage'),
              },
              {
                path: paths.v2CreateJob.path,
                lazy: lazyPage(() => import('./routes/v2-create-route.js'), 'V2CreateRoute'),
              },
              {
                path: paths.v2Job.path,
                lazy: lazyPage(() => import('./routes/v2-job-route.js'), 'V2JobRoute'),
              },
              {
                path: paths.obs.path,
                lazy: lazyPage(
                  () => import('../features/obs-browser/components/obs-browser-page.js'),
                  'ObsBrowserPage',
                ),
              },
              {
                path: paths.audit.path,
                lazy: lazyPage(
                  () => import('../features/audit/components/audit-page.js'),
                  'AuditPage',
                ),
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
export const createConsoleRouter = () => createBrowserRouter(routes);
