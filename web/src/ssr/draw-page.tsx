import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { Route, Routes, StaticRouter } from 'react-router';
import { AppLayout } from '../app/app-layout.js';
import { ConsoleMantine } from '../app/console-mantine.js';
import { paths } from '../config/paths.js';
import { JobsPage } from '../features/jobs/components/jobs-page.js';

/** The job list page at `url` (path and query) from the data in `queryClient`. */
export function drawPage(url: URL, queryClient: QueryClient): string {
  return renderToString(
    <ConsoleMantine>
      <QueryClientProvider client={queryClient}>
        <StaticRouter location={`${url.pathname}${url.search}`}>
          <Routes>
            <Route element={<AppLayout />}>
              <Route path={paths.jobs.path} element={<JobsPage />} />
            </Route>
          </Routes>
        </StaticRouter>
      </QueryClientProvider>
    </ConsoleMantine>,
  );
}
