import fs from 'node:fs';
import path from 'node:path';
import { obsToLocal, type DataPaths } from '../../paths.js';
import type { JobRecord, VersionRecord } from '../../store/types.js';
import { versionLogDir } from './launch-plan.js';
import { mirrorLog } from '../common/log-mirror.js';

/**
 * Mirrors a version's worker logs into its `log_url` OBS folder (as `<log file name>`, new bytes
 * only), as the cloud does for jobs with a log_url. Returns the local files written.
 */
export function exportLogs(paths: DataPaths, job: JobRecord, v: VersionRecord): string[] {
  if (!v.config.log_url) return [];
  const written: string[] = [];
  try {
    const target = obsToLocal(paths.obs, v.config.log_url);
    fs.mkdirSync(target, { recursive: true });
    const dir = versionLogDir(paths, job.job_id, v.version_id);
    for (const name of v.log_files) {
      const from = path.join(dir, name);
      if (!fs.existsSync(from)) continue;
      const to = path.join(target, name);
      while (!mirrorLog(from, to));
      written.push(to);
    }
  } catch {
    // the job may have been deleted meanwhile; the copy is best effort
  }
  return written;
}
