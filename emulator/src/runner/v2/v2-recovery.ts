import fs from 'node:fs';
import { isV2Terminal } from '@console/shared';
import type { Logger } from '../../logger.js';
import type { DataPaths } from '../../paths.js';
import { v2LogFile } from './v2-launch.js';
import { killGroup, serviceLine } from '../common/worker-process.js';
import { closeOpenTrials } from '../../domain/v2/autosearch/trial-state.js';
import { addEvent } from '../../domain/v2/v2-events.js';
import type { V2Store } from '../../store/v2-store.js';
import { RESTART_EXIT_CODE, RESTART_REASON } from '../common/restart.js';

/** True when `pid` still leads its own process group (a task we started, not a recycled pid). */
function leadsGroup(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[2]) === pid;
  } catch {
    return false;
  }
}

/** On start: v2 jobs that were not finished are marked Failed with a reason; leftovers are killed. */
export function recoverInterruptedV2Jobs(v2: V2Store, paths: DataPaths, log: Logger): number {
  let count = 0;
  const now = Date.now();
  for (const job of v2.state.jobs) {
    if (isV2Terminal(job.phase)) continue;
    for (const t of job.tasks) {
      const started = t.pid !== null;
      if (t.pid && leadsGroup(t.pid)) killGroup(t.pid, 'SIGKILL');
      t.pid = null;
      if (t.exit_code === null) {
        // a crash left no exit behind (the view showed -1 = still running): record the kill
        t.exit_code = RESTART_EXIT_CODE;
        t.message = started ? `killed: ${RESTART_REASON}` : `not started: ${RESTART_REASON}`;
      }
      serviceLine(
        v2LogFile(paths, job.id, t.task),
        `Training failed with exit code ${t.exit_code}: ${RESTART_REASON}.`,
      );
    }
    const record = job.running_records[job.running_records.length - 1];
    if (record && record.end_at === undefined) {
      record.end_at = now;
      record.end_reason = RESTART_REASON;
    }
    if (job.autosearch)
      closeOpenTrials(job.autosearch, { running: 'ERROR', pending: 'TERMINATED' }, now);
    if (job.start_time === 0) job.start_time = now;
    job.end_time = now;
    job.end_reason = RESTART_REASON;
    job.phase = 'Failed';
    job.secondary_phase = 'Failed';
    addEvent(job, 'Error', 'Job', `Training job failed: ${RESTART_REASON}.`, now);
    v2.jobChanged(job);
    count++;
  }
  if (count > 0) log.warn({ count }, 'marked interrupted v2 jobs as failed');
  return count;
}
