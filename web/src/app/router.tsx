import { createBrowserRouter, Navigate } from 'react-router';
import { LoginPage } from '../features/auth/components/login-page.js';
import { RequireSession } from '../features/auth/components/require-session.js';
import { CreateJobPage } from '../features/job-create/components/create-job-page.js';
import { JobDetailPage } from '../features/job-detail/components/job-detail-page.js';
import { JobsPage } from '../features/jobs/components/jobs-page.js';
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
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
