import { createBrowserRouter, Navigate } from 'react-router';
import { LoginPage } from '../features/auth/components/login-page.js';
import { RequireSession } from '../features/auth/components/require-session.js';
import { ConfigsPage } from '../features/v1-configs/components/configs-page.js';
import { JobsPage } from '../features/jobs/components/jobs-page.js';
import { AppLayout } from './app-layout.js';
import { lazyPage } from './lazy-page.js';
import { NotFoundPage } from './not-found-page.js';
import { PageLoader } from '../components/page-loader.js';
import { RouteErrorBoundary } from './route-error-boundary.js';

export const routes = [
  { path: '/login', element: <LoginPage />, errorElement: <RouteErrorBoundary /> },
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
              { index: true, element: <Navigate to="/jobs" replace /> },
              { path: '/jobs', element: <JobsPage /> },
              {
                path: '/jobs/create',
                lazy: lazyPage(() => import('./routes/create-job-page.js'), 'CreateJobPage'),
              },
              {
                path: '/jobs/v1/:jobId/versions/:versionId',
                lazy: lazyPage(
                  () => import('../features/v1-detail/components/job-detail-page.js'),
                  'JobDetailPage',
                ),
              },
              {
                path: '/jobs/v1/:jobId/versions/:versionId/new-version',
                lazy: lazyPage(() => import('./routes/new-version-page.js'), 'NewVersionPage'),
              },
              { path: '/configs', element: <ConfigsPage /> },
              {
                path: '/configs/create',
                lazy: lazyPage(() => import('./routes/config-editor-page.js'), 'ConfigEditorPage'),
              },
              {
                path: '/configs/:configName',
                lazy: lazyPage(
                  () => import('../features/v1-configs/components/config-detail-page.js'),
                  'ConfigDetailPage',
                ),
              },
              {
                path: '/configs/:configName/edit',
                lazy: lazyPage(() => import('./routes/config-editor-page.js'), 'ConfigEditorPage'),
              },
              {
                path: '/jobs/v2/create',
                lazy: lazyPage(
                  () => import('../features/v2-create/components/v2-create-page.js'),
                  'V2CreatePage',
                ),
              },
              {
                path: '/jobs/v2/:jobId',
                lazy: lazyPage(
                  () => import('../features/v2-detail/components/v2-job-page.js'),
                  'V2JobPage',
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
