import { clearTimers } from '../../long-timeout.js';
import { closeOpenTrials } from '../../domain/v2/autosearch/trial-state.js';
import { addEvent } from '../../domain/v2/v2-events.js';
import { setPhase, type Run, type RunContext } from './v2-run.js';
import { exportTaskLogs, recordJobEnd } from './v2-job-end.js';
import { v2LogFile } from './v2-launch.js';
import { exitCodeOf } from './v2-task-process.js';
import { killGroup, serviceLine } from '../common/worker-process.js';

/**
 * A task's process ended (or never started): records its exit, fails the job on the first
 * non-zero exit (the other tasks get SIGTERM), and ends the run once every task has exited.
 */
export function onTaskExit(
  ctx: RunContext,
  run: Run,
  rank: number,
  code: number | null,
  signal: NodeJS.Signals | null,
  note?: string,
): void {
  const { job } = run;
  const task = job.tasks[rank];
  if (!task) return;
  run.exited++;
  killGroup(run.children[rank]?.pid, 'SIGKILL'); // nothing a task started outlives it
  const exitCode = exitCodeOf(code, signal);
  task.exit_code = exitCode;
  task.pid = null;
  const how = signal
    ? `killed by ${signal}`
    : exitCode === 0
      ? 'completed'
      : `exit with ${exitCode}`;
  task.message = note ?? (run.mode === 'shutdown' ? `${how}: the emulator shut down` : how);
  const logFile = v2LogFile(ctx.paths, job.id, task.task);
  if (run.mode === 'running') {
    serviceLine(
      logFile,
      exitCode === 0 ? 'Training completed.' : `Training failed with exit code ${exitCode}`,
    );
    if (exitCode !== 0 && !run.failure) {
      run.failure = { task: task.task, code: exitCode };
      for (const c of run.children) killGroup(c?.pid, 'SIGTERM');
    }
  } else if (run.mode === 'terminating') {
    serviceLine(logFile, `Training terminated: ${run.terminateReason}`);
  }
  if (run.mode === 'running' || run.mode === 'terminating')
    addEvent(
      job,
      exitCode === 0 ? 'Info' : 'Error',
      'Task',
      `[${task.task}] Training finished. Exit code ${exitCode}.`,
    );
  ctx.v2.jobChanged(job);
  if (run.exited < job.tasks.length) return;
  if (run.mode === 'running') finalizeRun(ctx, run, run.failure ? 'Failed' : 'Completed');
  else if (run.mode === 'terminating') finalizeRun(ctx, run, 'Terminated');
  else releaseRun(ctx, run);
}

/** The job reached its end phase: closes open trials, records the end, exports logs, releases. */
export function finalizeRun(
  ctx: RunContext,
  run: Run,
  phase: 'Completed' | 'Failed' | 'Terminated',
): void {
  const { job } = run;
  if (job.autosearch)
    closeOpenTrials(job.autosearch, {
      running: phase === 'Terminated' ? 'TERMINATED' : 'ERROR',
      pending: 'TERMINATED',
    });
  recordJobEnd(job, phase, run.failure, run.terminateReason);
  const exportError = exportTaskLogs(ctx.paths, job, true);
  if (exportError) ctx.log.warn({ job_id: job.id, error: exportError }, 'log export failed');
  setPhase(ctx.v2, job, phase);
  ctx.log.info({ job_id: job.id, phase }, 'v2 job finished');
  releaseRun(ctx, run);
}

/** Forgets a run: clears its timers, stops its metrics and resolves its `done`. */
export function releaseRun(ctx: RunContext, run: Run): void {
  clearTimers(run.timers);
  for (const key of run.metricKeys) ctx.sampler.untrack(key);
  ctx.runs.delete(run.job.id);
  run.finish();
}
