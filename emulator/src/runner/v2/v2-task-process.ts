import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type { V2TaskPlan } from './v2-launch.js';
import { lowerPriority } from '../common/worker-process.js';

/**
 * Starts one v2 task as the leader of its own process group (killable as a whole with
 * process.kill(-pid)); stdout and stderr are appended to the task's log file.
 */
export function spawnV2Task(plan: V2TaskPlan, logFile: string): ChildProcess {
  const fd = fs.openSync(logFile, 'a');
  try {
    return lowerPriority(
      spawn(plan.file, plan.args, {
        cwd: plan.cwd,
        env: plan.env,
        detached: true,
        stdio: ['ignore', fd, fd],
      }),
    );
  } finally {
    fs.closeSync(fd);
  }
}

/** Exit code as a container reports it: the code, or 128 + signal number when killed. */
export function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  const numbers: Partial<Record<NodeJS.Signals, number>> = { SIGKILL: 9, SIGTERM: 15, SIGINT: 2 };
  return 128 + (signal ? (numbers[signal] ?? 1) : 1);
}
