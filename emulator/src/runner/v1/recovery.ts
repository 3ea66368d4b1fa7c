import fs from 'node:fs';
import path from 'node:path';
import { isV1Terminal, V1_STATUS } from '@console/shared';
import type { Logger } from '../../logger.js';
import type { DataPaths } from '../../paths.js';
import { versionLogDir } from './launch-plan.js';
import { killGroup, serviceLine } from '../common/worker-process.js';
import type { StateStore } from '../../store/state-store.js';
import { RESTART_EXIT_CODE, RESTART_REASON } from '../common/restart.js';

const RESTART_ERROR = `${RESTART_REASON}: its workers were killed (exit code ${RESTART_EXIT_CODE})`;

/** True when `pid` still runs a python process (so a recycled pid is never killed). */
function isOurPython(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('python');
  } catch {
    return false;
  }
}

/**
 * On start: every version that was not terminal when the emulator stopped is marked FAILED (11)
 * with a reason and a service line in its logs; worker groups left behind by a crash are killed.
 */
export function recoverInterruptedJobs(store: StateStore, paths: DataPaths, log: Logger): number {
  let count = 0;
  const now = Date.now();
  for (const job of store.state.jobs) {
    for (const v of job.versions) {
      if (isV1Terminal(v.status)) continue;
      store.jobChanged(job);
      for (const pid of v.pids) if (isOurPython(pid)) killGroup(pid, 'SIGKILL');
      v.pids = [];
      v.status = V1_STATUS.FAILED;
      v.end_time = now;
      v.start_time ??= now;
      v.error_result = { error_code: 'ModelArts.4909', error_message: RESTART_ERROR };
      const dir = versionLogDir(paths, job.job_id, v.version_id);
      for (const name of v.log_files)
        serviceLine(
          path.join(dir, name),
          `Training failed with exit code ${RESTART_EXIT_CODE}: ${RESTART_REASON}.`,
        );
      count++;
    }
  }
  if (count > 0) log.warn({ count }, 'marked interrupted jobs as failed');
  return count;
}
