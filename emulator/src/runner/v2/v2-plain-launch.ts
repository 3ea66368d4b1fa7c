import type { ChildProcess } from 'node:child_process';
import { addEvent } from '../../domain/v2/v2-events.js';
import { trackTask, type Run, type RunContext } from './v2-run.js';
import { onTaskExit } from './v2-run-end.js';
import { planV2Task, v2LogFile, type V2TaskPlan } from './v2-launch.js';
import { spawnV2Task } from './v2-task-process.js';
import { serviceLine } from '../common/worker-process.js';

/**
 * Starts one process group per task of a plain (non-search) job. When a task cannot be planned,
 * every task fails with exit code 127 and nothing starts (returns false); when one cannot be
 * spawned, it and the tasks after it fail. Returns true when the tasks were launched.
 */
export function launchPlainTasks(ctx: RunContext, run: Run): boolean {
  const { job } = run;
  const { paths } = ctx;
  const n = job.spec.resource.node_count;
  const plans = job.tasks.map((task) => {
    try {
      return planV2Task(paths, job, task.rank, ctx);
    } catch (err) {
      return { error: (err as Error).message };
    }
  });
  const failed = plans.find((p): p is { error: string } => 'error' in p);
  if (failed) {
    for (const task of job.tasks) {
      serviceLine(v2LogFile(paths, job.id, task.task), `Training failed: ${failed.error}`);
      onTaskExit(ctx, run, task.rank, 127, null, failed.error);
    }
    return false;
  }
  for (const task of job.tasks) {
    const logFile = v2LogFile(paths, job.id, task.task);
    const plan = plans[task.rank] as V2TaskPlan;
    if (run.failure) {
      // an earlier task could not start: the job fails, the rest are not started
      notStarted(ctx, run, task.rank, `not started: ${run.failure.task} could not start`);
      continue;
    }
    serviceLine(logFile, `${task.task} (${task.rank + 1}/${n}) starting: ${plan.display}`);
    let child: ChildProcess;
    try {
      child = spawnV2Task(plan, logFile);
    } catch (err) {
      // e.g. ERR_INVALID_ARG_VALUE (a NUL byte) or EMFILE: the task fails, not the emulator
      notStarted(ctx, run, task.rank, `could not start: ${(err as Error).message}`);
      continue;
    }
    run.children[task.rank] = child;
    task.pid = child.pid ?? null;
    const pod = `modelarts-job-${job.id}-${task.task}`;
    addEvent(job, 'Info', 'K8S', `[Pod: ${pod}] Started: Started container`);
    let exited = false;
    const onExit = (code: number | null, signal: NodeJS.Signals | null, note?: string) => {
      if (exited) return;
      exited = true;
      onTaskExit(ctx, run, task.rank, code, signal, note);
    };
    child.on('exit', (code, signal) => onExit(code, signal));
    child.on('error', (err) => onExit(127, null, `could not start: ${err.message}`));
    if (task.pid) trackTask(ctx, run, task.metrics, task.pid);
  }
  return true;
}

/** A task whose process was never started ends with exit code 127, saying why. */
function notStarted(ctx: RunContext, run: Run, rank: number, why: string): void {
  const task = run.job.tasks[rank]!;
  serviceLine(v2LogFile(ctx.paths, run.job.id, task.task), `Training failed: ${why}`);
  addEvent(run.job, 'Error', 'Task', `[${task.task}] Training failed: ${why}`);
  onTaskExit(ctx, run, rank, 127, null, why);
}
