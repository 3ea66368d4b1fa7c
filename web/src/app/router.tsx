import { createBrowserRouter, Navigate } from 'react-router';
import { LoginPage } from '../features/auth/components/login-page.js';
import { RequireSession } from '../features/auth/components/require-session.js';
import { CreateJobPage } from '../features/job-create/components/create-job-page.js';
import { JobDetailPage } from '../features/job-detail/components/job-detail-page.js';
import { NewVersionPage } from '../features/job-detail/components/new-version-page.js';
import { ConfigDetailPage } from '../features/configs/components/config-detail-page.js';
import { ConfigEditorPage } from '../features/configs/components/config-editor-page.js';
import { ConfigsPage } from '../features/configs/components/configs-page.js';
import { JobsPage } from '../features/jobs/components/jobs-page.js';
import { V2CreatePage } from '../features/v2-create/components/v2-create-page.js';
import { V2JobPage } from '../features/v2-detail/components/v2-job-page.js';
import { AppLayout } from './app-layout.js';
import { NotFoundPage } from './not-found-page.js';
import { RouteErrorBoundary } from './route-error-boundary.js';

export const routes = [
  { path: '/login', element: <LoginPage />, errorElement: <RouteErrorBoundary /> },
  {
    element: <RequireSession />,
    errorElement: <RouteErrorBoundary />,
    children: [
      {
        element: <AppLayout />,
        children: [
          {
            errorElement: <RouteErrorBoundary />,
            children: [
              { index: true, element: <Navigate to="/jobs" replace /> },
              { path: '/jobs', element: <JobsPage /> },
              { path: '/jobs/create', element: <CreateJobPage /> },
              { path: '/jobs/v1/:jobId/versions/:versionId', element: <JobDetailPage /> },
              {
                path: '/jobs/v1/:jobId/versions/:versionId/new-version',
                element: <NewVersionPage />,
              },
              { path: '/configs', element: <ConfigsPage /> },
              { path: '/configs/create', element: <ConfigEditorPage /> },
              { path: '/configs/:configName', element: <ConfigDetailPage /> },
              { path: '/configs/:configName/edit', element: <ConfigEditorPage /> },
              { path: '/jobs/v2/create', element: <V2CreatePage /> },
              { path: '/jobs/v2/:jobId', element: <V2JobPage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
