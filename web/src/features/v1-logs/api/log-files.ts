import { queryOptions } from '@tanstack/react-query';
import { LogFileNamesResponseSchema, v1Endpoints } from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { apiPath } from '../../../lib/api-path.js';
import { olderSearchParams, type OlderSearchQuery } from '../../../lib/log-search-stream.js';

export const logKeys = {
  all: ['logs'] as const,
  files: (version: 'v1', jobId: number, versionId: number) =>
    [...logKeys.all, version, jobId, versionId, 'files'] as const,
};

/** `…/log/file-names`: one file per worker; re-asked every 2 s until the first one exists. */
export const logFilesQueryOptions = (jobId: number, versionId: number) =>
  queryOptions({
    queryKey: logKeys.files('v1', jobId, versionId),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v1Endpoints.logFileNames, { job_id: jobId, version_id: versionId }), {
        schema: LogFileNamesResponseSchema,
        signal,
      }),
    select: (data) => data.log_file_list,
    staleTime: 30_000,
    refetchInterval: (query) => (query.state.data?.log_file_list.length ? false : 2_000),
  });

/** The whole log file as an attachment (the BFF pages through aom-log from its first line). */
export function logDownloadUrl(jobId: number, versionId: number, logFile: string): string {
  return `/api/logs/v1/${jobId}/${versionId}/download?log_file=${encodeURIComponent(logFile)}`;
}

/** The server-side search of one log file (lines older than the browser holds). */
export function logSearchUrl(
  jobId: number,
  versionId: number,
  logFile: string,
  q: OlderSearchQuery,
): string {
  const params = olderSearchParams(q);
  params.set('log_file', logFile);
  return `/api/logs/v1/${jobId}/${versionId}/search?${params}`;
}
