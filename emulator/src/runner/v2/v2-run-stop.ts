import { clearTimers } from '../../long-timeout.js';
import { addEvent } from '../../domain/v2/v2-events.js';
import { setPhase, type Run, type RunContext } from './v2-run.js';
import { finalizeRun, releaseRun } from './v2-run-end.js';
import { killGroup } from '../common/worker-process.js';

/** The task processes that have not exited yet. */
const liveChildren = (run: Run) =>
  run.children.filter((c) => c && c.exitCode === null && c.signalCode === null);

/** Terminate (§4.7): phase Terminating now, SIGTERM then SIGKILL after the grace; → Terminated. */
export function terminateRun(ctx: RunContext, jobId: string, reason: string): boolean {
  const run = ctx.runs.get(jobId);
  if (!run || run.mode !== 'running') return false;
  run.mode = 'terminating';
  run.terminateReason = reason;
  clearTimers(run.timers);
  run.timers = [];
  setPhase(ctx.v2, run.job, 'Terminating');
  addEvent(run.job, 'Info', 'Job', `Terminating the training job: ${reason}.`);
  if (run.search) {
    run.search.terminate();
    return true;
  }
  const live = liveChildren(run);
  if (run.job.tasks.length === 0 || live.length === 0) {
    // still Creating/Pending (or nothing left): no process to wait for
    run.timers.push(setTimeout(() => finalizeRun(ctx, run, 'Terminated'), 200));
    return true;
  }
  for (const c of run.children) killGroup(c?.pid, 'SIGTERM');
  run.timers.push(
    setTimeout(() => {
      for (const c of run.children) killGroup(c?.pid, 'SIGKILL');
    }, ctx.timings.killGraceMs),
  );
  return true;
}

/** Delete / shutdown: kill at once, no phase change (restart recovery handles shutdown). */
export async function endRun(
  ctx: RunContext,
  jobId: string,
  mode: 'deleting' | 'shutdown',
): Promise<void> {
  const run = ctx.runs.get(jobId);
  if (!run) return;
  run.mode = mode;
  clearTimers(run.timers);
  run.search?.abort();
  const live = liveChildren(run);
  if (live.length === 0) {
    releaseRun(ctx, run);
    return;
  }
  for (const c of run.children) killGroup(c?.pid, 'SIGKILL');
  await run.done;
}
