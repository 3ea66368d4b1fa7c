import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { Route, Routes, StaticRouter } from 'react-router';
import { AppLayout } from '../app/app-layout.js';
import { ConsoleMantine } from '../app/console-mantine.js';
import { paths } from '../config/paths.js';
import { JobsPage } from '../features/jobs/components/jobs-page.js';
import { DrawnLogs, drawnLogIn } from '../lib/drawn-log.js';

/** A page to draw: its route's pattern and what it shows. */
export interface DrawnRoute {
  path: string;
  element: ReactNode;
}

const JOB_LIST: DrawnRoute = { path: paths.jobs.path, element: <JobsPage /> };

/** The page `route` (the job list by default) at `url` (path and query) from `queryClient`'s data. */
export function drawPage(url: URL, queryClient: QueryClient, route: DrawnRoute = JOB_LIST): string {
  return renderToString(
    <ConsoleMantine>
      <QueryClientProvider client={queryClient}>
        <DrawnLogs.Provider value={(stream, workers) => drawnLogIn(queryClient, stream, workers)}>
          <StaticRouter location={`${url.pathname}${url.search}`}>
            <Routes>
              <Route element={<AppLayout />}>
                <Route path={route.path} element={route.element} />
              </Route>
            </Routes>
          </StaticRouter>
        </DrawnLogs.Provider>
      </QueryClientProvider>
    </ConsoleMantine>,
  );
}
