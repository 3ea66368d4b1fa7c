import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const PREFIX = 'console-log-spool-';

/** Whether process `pid` is alive (one of another user counts as alive: never touched). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Removes the spool folders under `parent` that a BFF process killed before its shutdown (no
 * `exit` handler runs on SIGKILL) left behind: named after that process's id, owned by this
 * user, and that process gone. A folder of a live process is never touched.
 */
export function sweepDeadSpools(parent: string): void {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  const uid = process.getuid?.();
  for (const name of names) {
    const pid = /^console-log-spool-(\d+)-/.exec(name)?.[1];
    if (!pid || Number(pid) === process.pid || alive(Number(pid))) continue;
    const path = join(parent, name);
    try {
      if (uid !== undefined && statSync(path).uid !== uid) continue;
      rmSync(path, { recursive: true, force: true });
    } catch {
      // gone meanwhile, or not ours to remove: left as it is
    }
  }
}

/** A new private folder (0700) for this process's spools under `parent`, named after its id. */
export function newSpoolFolder(parent: string): string {
  sweepDeadSpools(parent);
  return mkdtempSync(join(parent, `${PREFIX}${process.pid}-`));
}
