import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StatusBucket } from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { v1Endpoints, v2Endpoints } from '@console/shared';
import { apiPath } from '../../../lib/api-path.js';
import { ApiError } from '../../../lib/api-error.js';
import type { JobRow, JobTarget } from '../job-rows.js';
import { jobKeys } from '../../../lib/query-keys/job-keys.js';
import { t } from '../../../lib/i18n/i18n.js';
import { msg } from '../../../lib/i18n/msg.js';

/** Queued or running jobs can be stopped (v1 §3.8) or terminated (v2 §4.7: Creating/Pending/Running). */
export function canStopRow(row: Pick<JobRow, 'target' | 'bucket'>): boolean {
  const active = (['pending', 'running'] as StatusBucket[]).includes(row.bucket);
  return active && (row.target.api === 'v2' || row.target.versionId !== null);
}

/** The word the console uses for stopping a job of this API. */
export const stopVerb = (target: JobTarget) =>
  target.api === 'v1' ? msg('Stop') : msg('Terminate');

export function stopJob(target: JobTarget): Promise<unknown> {
  if (target.api === 'v2')
    return apiRequest(apiPath(v2Endpoints.jobAction, { job_id: target.jobId }), {
      method: 'POST',
      body: { action_type: 'terminate' },
    });
  if (target.versionId === null) throw new Error(t('This job has no version to stop'));
  return apiRequest(
    apiPath(v1Endpoints.stopVersion, { job_id: target.jobId, version_id: target.versionId }),
    { method: 'POST' },
  );
}

export function deleteJob(target: JobTarget): Promise<unknown> {
  const path =
    target.api === 'v1'
      ? apiPath(v1Endpoints.deleteJob, { job_id: target.jobId })
      : apiPath(v2Endpoints.deleteJob, { job_id: target.jobId });
  return apiRequest(path, {
    method: 'DELETE',
  });
}

/** Outcome of one job in a batch: the API errors stay with the job they belong to. */
export interface BatchResult {
  row: JobRow;
  error: unknown;
}

/** Runs an action on each job (a few at a time) and refreshes the list once at the end. */
export function useJobBatch(action: (target: JobTarget) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (rows: readonly JobRow[]): Promise<BatchResult[]> => {
      const results: BatchResult[] = [];
      const queue = [...rows];
      const worker = async () => {
        for (let row = queue.shift(); row; row = queue.shift()) {
          try {
            await action(row.target);
            results.push({ row, error: null });
          } catch (error) {
            results.push({ row, error });
            // The session ended: the other requests would fail the same way, so none is sent.
            if (error instanceof ApiError && error.status === 401) queue.length = 0;
          }
        }
      };
      await Promise.all([worker(), worker(), worker()]);
      return results;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: jobKeys.all }),
  });
}
