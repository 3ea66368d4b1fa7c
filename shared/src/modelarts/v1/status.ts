/** v1 job status codes (catalog §3.17); 22 comes from the SDK page only, unknown codes are tolerated. */
export type StatusBucket =
  'pending' | 'running' | 'stopping' | 'succeeded' | 'failed' | 'stopped' | 'unknown';

export interface V1StatusInfo {
  code: number;
  name: string;
  label: string;
  bucket: StatusBucket;
}

const table: ReadonlyArray<readonly [number, string, string, StatusBucket]> = [
  [0, 'JOBSTAT_UNKNOWN', 'Unknown', 'unknown'],
  [1, 'JOBSTAT_INIT', 'Initializing', 'pending'],
  [2, 'JOBSTAT_IMAGE_CREATING', 'Creating image', 'pending'],
  [3, 'JOBSTAT_IMAGE_FAILED', 'Image failed', 'failed'],
  [4, 'JOBSTAT_SUBMIT_TRYING', 'Submitting', 'pending'],
  [5, 'JOBSTAT_SUBMIT_FAILED', 'Submit failed', 'failed'],
  [6, 'JOBSTAT_DELETE_FAILED', 'Delete failed', 'failed'],
  [7, 'JOBSTAT_WAITING', 'Queuing', 'pending'],
  [8, 'JOBSTAT_RUNNING', 'Running', 'running'],
  [9, 'JOBSTAT_KILLING', 'Stopping', 'stopping'],
  [10, 'JOBSTAT_COMPLETED', 'Completed', 'succeeded'],
  [11, 'JOBSTAT_FAILED', 'Failed', 'failed'],
  [12, 'JOBSTAT_KILLED', 'Stopped', 'stopped'],
  [13, 'JOBSTAT_CANCELED', 'Canceled', 'stopped'],
  [14, 'JOBSTAT_LOST', 'Lost', 'failed'],
  [15, 'JOBSTAT_SCALING', 'Scaling', 'running'],
  [16, 'JOBSTAT_SUBMIT_MODEL_FAILED', 'Model submit failed', 'failed'],
  [17, 'JOBSTAT_DEPLOY_SERVICE_FAILED', 'Deploy failed', 'failed'],
  [18, 'JOBSTAT_CHECK_INIT', 'Review initializing', 'pending'],
  [19, 'JOBSTAT_CHECK_RUNNING', 'Under review', 'running'],
  [20, 'JOBSTAT_CHECK_RUNNING_COMPLETED', 'Review completed', 'succeeded'],
  [21, 'JOBSTAT_CHECK_FAILED', 'Review failed', 'failed'],
  [22, 'MOUNT_FAILED', 'Mount failed', 'failed'],
];

export const V1_JOB_STATUSES: ReadonlyMap<number, V1StatusInfo> = new Map(
  table.map(([code, name, label, bucket]) => [code, { code, name, label, bucket }]),
);

export const V1_STATUS = {
  INIT: 1,
  WAITING: 7,
  RUNNING: 8,
  KILLING: 9,
  COMPLETED: 10,
  FAILED: 11,
  KILLED: 12,
  CANCELED: 13,
} as const;

export function v1StatusInfo(code: number): V1StatusInfo {
  return (
    V1_JOB_STATUSES.get(code) ?? {
      code,
      name: `STATUS_${code}`,
      label: `Status ${code}`,
      bucket: 'unknown',
    }
  );
}

const TERMINAL_BUCKETS: ReadonlySet<StatusBucket> = new Set(['succeeded', 'failed', 'stopped']);

/** True when the job will not change any more: its log can be drained and the stream ended. */
export function isV1Terminal(code: number): boolean {
  return TERMINAL_BUCKETS.has(v1StatusInfo(code).bucket);
}
