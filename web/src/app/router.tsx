import { createBrowserRouter, Navigate } from 'react-router';
import { LoginPage } from '../features/auth/components/login-page.js';
import { RequireSession } from '../features/auth/components/require-session.js';
import { ConfigsPage } from '../features/v1-configs/components/configs-page.js';
import { JobsPage } from '../features/jobs/components/jobs-page.js';
import { AppLayout } from './app-layout.js';
import { lazyPage } from './lazy-page.js';
import { NotFoundPage } from './not-found-page.js';
import { paths } from '../config/paths.js';
import { PageLoader } from '../components/page-loader.js';
import { RouteErrorBoundary } from './route-error-boundary.js';

export const routes = [
  { path: paths.login.path, element: <LoginPage />, errorElement: <RouteErrorBoundary /> },
  {
    element: <RequireSession />,
    errorElement: <RouteErrorBoundary />,
    hydrateFallbackElement: <PageLoader label="Loading page" />,
    children: [
      {
        element: <AppLayout />,
        children: [
          {
            errorElement: <RouteErrorBoundary />,
            children: [
              { index: true, element: <Navigate to={paths.jobs.href()} replace /> },
              { path: paths.jobs.path, element: <JobsPage /> },
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
              { path: paths.configs.path, element: <ConfigsPage /> },
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
                lazy: lazyPage(
                  () => import('../features/v2-create/components/v2-create-page.js'),
                  'V2CreatePage',
                ),
              },
              {
                path: paths.v2Job.path,
                lazy: lazyPage(() => import('./routes/v2-job-route.js'), 'V2JobRoute'),
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

export const router = createBrowserRouter(routes);
