import type { DiagnosisWorker } from '@console/shared';
import type { LogScan } from './scan-log.js';

/** How much one diagnosis may read upstream. */
export interface DiagnosisLimits {
  /** Bytes of one worker's log read at most (from its start). */
  maxBytesPerWorker: number;
  /** Workers whose logs are searched at most (the failed ones first). */
  maxScannedWorkers: number;
  /** v1: aom-log pages read at most per worker (finding the first page included). */
  maxPagesPerWorker: number;
  /** v1: workers whose latest lines are read for an exit code, at most. */
  maxWorkers: number;
}

export const DEFAULT_DIAGNOSIS_LIMITS: DiagnosisLimits = {
  maxBytesPerWorker: 8 * 1024 * 1024,
  maxScannedWorkers: 4,
  maxPagesPerWorker: 400,
  maxWorkers: 64,
};

/** A worker's entry from what its scan found. */
export function workerFrom(
  base: Pick<DiagnosisWorker, 'worker' | 'exit_code' | 'failed'> & { log_file?: string },
  scan: LogScan,
): DiagnosisWorker {
  return {
    ...base,
    error: scan.error,
    tail: scan.error || !scan.complete ? [] : scan.tail,
    bytes_read: scan.bytesRead,
    truncated: scan.truncated,
  };
}

/** A worker whose log could not be read: why, in the user's words. */
export function unreadWorker(
  base: Pick<DiagnosisWorker, 'worker' | 'exit_code' | 'failed'> & { log_file?: string },
  problem: string,
): DiagnosisWorker {
  return { ...base, error: null, tail: [], bytes_read: 0, truncated: false, problem };
}

export function problemOf(err: unknown): string {
  const msg = err instanceof Error ? err.message : '';
  return msg ? `The log could not be read: ${msg.slice(0, 200)}` : 'The log could not be read';
}
