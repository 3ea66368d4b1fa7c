import { olderSearchParams, type OlderSearchQuery } from '../../../lib/log-search-stream.js';

/** One task's log (its per-log endpoints: download and server-side search). */
function taskLogPath(jobId: string, task: string): string {
  return `/api/logs/v2/${encodeURIComponent(jobId)}/${encodeURIComponent(task)}`;
}

/** The server-side search of one task's log (lines older than the browser holds). */
export function v2LogSearchUrl(jobId: string, task: string, q: OlderSearchQuery): string {
  return `${taskLogPath(jobId, task)}/search?${olderSearchParams(q)}`;
}

export function v2LogDownloadUrl(jobId: string, task: string): string {
  return `${taskLogPath(jobId, task)}/download`;
}
