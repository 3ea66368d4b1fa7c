import fs from 'node:fs';
import path from 'node:path';
import { mirrorLog } from '../common/log-mirror.js';
import { obsToLocal, type DataPaths } from '../../paths.js';
import { addEvent } from '../../domain/v2/v2-events.js';
import type { V2JobRecord } from '../../store/v2-types.js';
import { v2LogFile } from './v2-launch.js';

/** End bookkeeping of a run: end time, running record, node count, end reason and the final event. */
export function recordJobEnd(
  job: V2JobRecord,
  phase: 'Completed' | 'Failed' | 'Terminated',
  failure: { task: string; code: number } | null,
  terminateReason: string,
  now = Date.now(),
): void {
  job.end_time = now;
  if (job.start_time === 0) job.start_time = now;
  const reason =
    phase === 'Completed'
      ? 'job completed'
      : phase === 'Failed'
        ? `exit with ${failure?.code ?? 1}`
        : terminateReason;
  const record = job.running_records[job.running_records.length - 1];
  if (record) {
    record.end_at = now;
    record.end_reason = reason;
    if (failure) record.end_related_task = failure.task;
  }
  if (job.node_count_metrics.length > 0) job.node_count_metrics.push([now, 0]);
  job.end_reason = phase === 'Completed' ? null : reason;
  if (phase === 'Completed') addEvent(job, 'Info', 'Job', 'Training job completed.', now);
  else if (phase === 'Failed')
    addEvent(
      job,
      'Error',
      'Job',
      `Training job failed: ${failure?.task ?? 'a task'} exited with ${failure?.code ?? 1}.`,
      now,
    );
  else addEvent(job, 'Warning', 'Job', `Training job terminated: ${reason}.`, now);
}

/**
 * Mirrors every task log to `spec.log_export_path.obs_url` as `modelarts-job-{id}-{task}.log`:
 * on each metrics tick while the job runs (new bytes only), and fully when it ends. Best effort:
 * returns what went wrong (e.g. the path is a file, the disk is full) instead of throwing.
 */
export function exportTaskLogs(
  paths: DataPaths,
  job: V2JobRecord,
  complete = false,
): string | null {
  const target = job.spec.log_export_path?.obs_url;
  if (!target) return null;
  try {
    const dir = obsToLocal(paths.obs, target);
    fs.mkdirSync(dir, { recursive: true });
    for (const t of job.tasks) {
      const src = v2LogFile(paths, job.id, t.task);
      if (!fs.existsSync(src)) continue;
      const dest = path.join(dir, `modelarts-job-${job.id}-${t.task}.log`);
      while (!mirrorLog(src, dest) && complete);
    }
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}
