import type { V2Trial } from '../../store/v2-search-types.js';
import { addEvent } from '../../domain/v2/v2-events.js';
import type { V2JobRecord } from '../../store/v2-types.js';
import { trackTask, type Run, type RunContext } from './v2-run.js';
import { onTaskExit } from './v2-run-end.js';
import { SearchRun, stopTrialNow } from './v2-search-run.js';

/** A search job: its trials run one after another as task worker-0 (v2-search-run.ts). */
export function launchSearch(ctx: RunContext, run: Run): void {
  const { paths, python, hostEnv, timings } = ctx;
  const task = run.job.tasks[0]!;
  run.search = new SearchRun({
    job: run.job,
    paths,
    python,
    hostEnv,
    killGraceMs: timings.killGraceMs,
    pollMs: timings.trialPollMs,
    changed: () => ctx.v2.jobChanged(run.job),
    setChild: (child) => {
      run.children = child ? [child] : [];
      task.pid = child?.pid ?? null;
    },
    track: (pid) => {
      const key = trackTask(ctx, run, task.metrics, pid);
      return () => ctx.sampler.untrack(key);
    },
    done: (code, note) => onTaskExit(ctx, run, 0, code, null, note),
  });
  addEvent(
    run.job,
    'Info',
    'K8S',
    `[Pod: modelarts-job-${run.job.id}-worker-0] Started: Started container`,
  );
  run.search.start();
}

/**
 * Early stop of a PENDING or RUNNING search trial (the route checked that it has not ended);
 * false when its process has already exited (its end is being recorded as it was).
 */
export function earlyStopSearchTrial(ctx: RunContext, job: V2JobRecord, trial: V2Trial): boolean {
  const run = ctx.runs.get(job.id);
  if (trial.status === 'RUNNING' && run?.search) {
    const how = run.search.earlyStop(trial.trial_id);
    if (how === 'exited') return false;
    if (how === 'stopping') return true;
  }
  stopTrialNow(ctx.paths, job, trial);
  ctx.v2.jobChanged(job);
  return true;
}
