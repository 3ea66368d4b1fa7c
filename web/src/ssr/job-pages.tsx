import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router';
import { jobLogStreamPaths } from '@console/shared';
import { paths } from '../config/paths.js';
import type { DrawnRoute } from './draw-page.js';
import { readFirstLines } from './first-log-lines.js';
import { JobDetailRoute } from '../app/routes/job-detail-route.js';
import { V2JobRoute } from '../app/routes/v2-job-route.js';
import { jobDetailQueryOptions } from '../features/v1-detail/api/job-detail.js';
import { logFilesQueryOptions } from '../features/v1-logs/api/log-files.js';
import { v2JobQueryOptions } from '../features/v2-detail/api/v2-job.js';
import type { ApiTransport } from '../lib/api-client.js';
import { drawnLogKey } from '../lib/drawn-log.js';

/*
 * The job pages drawn on the server (render-page.tsx): the job (v1: the version and its log files)
 * and the first lines of its log stream (first-log-lines.ts), in the data cache the page is drawn
 * from and the browser starts with. A page whose job cannot be read is left to the browser (it
 * shows why, in the user's language and with its retry).
 */

/** The job pages' routes, as the console's router has them (app/router.tsx). */
export const V2_JOB_ROUTE: DrawnRoute = { path: paths.v2Job.path, element: <V2JobRoute /> };
export const V1_JOB_ROUTE: DrawnRoute = { path: paths.v1Job.path, element: <JobDetailRoute /> };

/** Reads the job page at `pathname` into `queryClient`; its route, or undefined (not a job page). */
export type JobPageData = (
  pathname: string,
  queryClient: QueryClient,
  read: LogReader,
) => Promise<DrawnRoute | undefined> | undefined;

/** How the page's log is read: through `send`, done by `deadline` (ms since the epoch) if given. */
export interface LogReader {
  send: ApiTransport;
  deadline?: number;
}

/** The log's first lines into the page's data; none there when it has none (its view streams). */
async function withLog(
  queryClient: QueryClient,
  { send, deadline }: LogReader,
  stream: string,
  workers: readonly string[],
) {
  if (workers.length === 0) return;
  const drawn = await readFirstLines(send, stream, workers, deadline);
  if (drawn.events.length > 0) queryClient.setQueryData(drawnLogKey(stream), drawn);
}

const v2Job: JobPageData = (pathname, queryClient, read) => {
  const jobId = matchPath(paths.v2Job.path, pathname)?.params.jobId;
  if (!jobId || matchPath(paths.v2CreateJob.path, pathname)) return undefined;
  return (async () => {
    const job = await queryClient.fetchQuery({ ...v2JobQueryOptions(jobId), retry: false });
    const tasks = job.status.tasks ?? [];
    await withLog(queryClient, read, jobLogStreamPaths.v2(jobId, tasks), tasks);
    return V2_JOB_ROUTE;
  })();
};

const v1Job: JobPageData = (pathname, queryClient, read) => {
  const params = matchPath(paths.v1Job.path, pathname)?.params;
  const jobId = Number(params?.jobId);
  const versionId = Number(params?.versionId);
  if (!Number.isSafeInteger(jobId) || !Number.isSafeInteger(versionId)) return undefined;
  return (async () => {
    const [, files] = await Promise.all([
      queryClient.fetchQuery({ ...jobDetailQueryOptions(jobId, versionId), retry: false }),
      queryClient.fetchQuery({ ...logFilesQueryOptions(jobId, versionId), retry: false }),
    ]);
    const workers = files.log_file_list;
    await withLog(queryClient, read, jobLogStreamPaths.v1(jobId, versionId, workers), workers);
    return V1_JOB_ROUTE;
  })();
};

/** The job page at `pathname`, read; undefined when it is not one. */
export function readJobPage(
  pathname: string,
  queryClient: QueryClient,
  read: LogReader,
): Promise<DrawnRoute | undefined> | undefined {
  return v2Job(pathname, queryClient, read) ?? v1Job(pathname, queryClient, read);
}
