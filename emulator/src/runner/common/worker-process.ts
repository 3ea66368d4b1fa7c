import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import type { HostEnv } from './host-env.js';

/** What a worker runs: a program (python = the configured interpreter), its arguments, folder and env. */
export interface WorkerPlan {
  exec: 'python' | '/bin/sh';
  argv: string[];
  cwd: string;
  env: Record<string, string>;
}

export interface WorkerSpec {
  python: string;
  /** The host's allow-listed variables (config.ts), under the job's own. */
  hostEnv: HostEnv;
  plan: WorkerPlan;
  rank: number;
  worldSize: number;
  instanceName: string;
  logFile: string;
}

/**
 * Job processes run at the lowest priority (the API stays at 0). Niceness weighs each process
 * against each other one: at 10, fifty jobs starting their interpreters together still took
 * five sixths of the CPU from the API; at 19 they take less than half.
 */
export const JOB_NICENESS = 19;

/**
 * Lowers a freshly spawned job process's priority; what it starts inherits it. Best effort: a
 * process that already exited, or a host that refuses, leaves the job as it is.
 *
 * Linux's scheduler shares the CPU between sessions first (autogroups, on by default), then
 * between the processes of a session by their niceness. A job is the leader of a session of its
 * own (detached, for stop's process-group kill): its niceness alone then weighs nothing against
 * the API's session — fifty starting jobs were fifty groups, each with the API's share. Its
 * session's group gets the same niceness (/proc/<pid>/autogroup; absent on other kernels).
 */
export function lowerPriority(child: ChildProcess): ChildProcess {
  if (child.pid === undefined) return child;
  try {
    os.setPriority(child.pid, JOB_NICENESS);
  } catch {
    // ESRCH (gone already) or EACCES: the job runs at the normal priority
  }
  try {
    fs.writeFileSync(`/proc/${child.pid}/autogroup`, String(JOB_NICENESS));
  } catch {
    // no autogroups here (another kernel, or turned off), or the process is gone
  }
  return child;
}

/**
 * Starts one worker as the leader of its own process group (so stop can kill the whole tree with
 * process.kill(-pid)); stdout and stderr are appended straight to the worker's log file.
 */
export function spawnWorker(w: WorkerSpec): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...w.hostEnv };
  Object.assign(env, {
    RANK: String(w.rank),
    WORLD_SIZE: String(w.worldSize),
    MA_CURRENT_INSTANCE_NAME: w.instanceName,
    DLS_TASK_INDEX: String(w.rank),
    DLS_TASK_NUMBER: String(w.worldSize),
    PYTHONUNBUFFERED: '1',
    ...w.plan.env,
  });
  const fd = fs.openSync(w.logFile, 'a');
  try {
    const program = w.plan.exec === 'python' ? w.python : w.plan.exec;
    return lowerPriority(
      spawn(program, w.plan.argv, {
        cwd: w.plan.cwd,
        env,
        detached: true,
        stdio: ['ignore', fd, fd],
      }),
    );
  } finally {
    fs.closeSync(fd);
  }
}

/** Signals a worker's whole process group; a group that is already gone is fine. */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: nothing left to kill
  }
}

function endsWithNewline(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size === 0) return true;
    const last = Buffer.alloc(1);
    fs.readSync(fd, last, 0, 1, size - 1);
    return last[0] === 10;
  } finally {
    fs.closeSync(fd);
  }
}

/** Appends a `[ModelArts Service Log]` line to a worker log, on a line of its own. */
export function serviceLine(logFile: string, text: string): void {
  try {
    const prefix = fs.existsSync(logFile) && !endsWithNewline(logFile) ? '\n' : '';
    fs.appendFileSync(logFile, `${prefix}[ModelArts Service Log]${text}\n`);
  } catch {
    // the job (and its log folder) may have been deleted meanwhile
  }
}
