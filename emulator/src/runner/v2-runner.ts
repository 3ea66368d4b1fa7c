import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type { Logger } from '../logger.js';
import type { DataPaths } from '../paths.js';
import { emptyMetrics } from '../store/types.js';
import type { V2Trial } from '../v2/autosearch/search-types.js';
import { closeOpenTrials } from '../v2/autosearch/trial-state.js';
import { addEvent } from '../v2/v2-events.js';
import type { V2Store } from '../v2/v2-state.js';
import type { V2JobRecord } from '../v2/v2-types.js';
import { MetricsSampler } from './metrics-sampler.js';
import { exportTaskLogs, recordJobEnd } from './v2-job-end.js';
import { planV2Task, v2LogDir, v2LogFile, type V2TaskPlan } from './v2-launch.js';
import { SearchRun, stopTrialNow } from './v2-search-run.js';
import { exitCodeOf, spawnV2Task } from './v2-task-process.js';
import type { V2Timings } from './v2-timings.js';
import { killGroup, serviceLine } from './worker-process.js';

export { DEFAULT_V2_TIMINGS, type V2Timings } from './v2-timings.js';

type Mode = 'running' | 'terminating' | 'deleting' | 'shutdown';

interface Run {
  job: V2JobRecord;
  mode: Mode;
  timers: NodeJS.Timeout[];
  children: ChildProcess[];
  exited: number;
  failure: { task: string; code: number } | null;
  terminateReason: string;
  metricKeys: number[];
  /** The trials of a search job (null for other jobs, and before Running). */
  search: SearchRun | null;
  done: Promise<void>;
  finish: () => void;
}

/** Runs v2 jobs for real: one process group per task, phases and events as catalog §4.17 says. */
export class V2Runner {
  private readonly runs = new Map<string, Run>();
  private readonly sampler: MetricsSampler;
  private nextMetricKey = 1;

  constructor(
    private readonly deps: {
      v2: V2Store;
      paths: DataPaths;
      log: Logger;
      timings: V2Timings;
      python: string;
    },
  ) {
    this.sampler = new MetricsSampler({
      intervalMs: deps.timings.metricsIntervalMs,
      maxSamples: deps.timings.maxMetricSamples,
      onSample: () => {
        deps.v2.changed();
        // log_export_path receives the logs while the job runs too (a copy per metrics tick)
        for (const run of this.runs.values())
          if (run.children.length > 0) exportTaskLogs(deps.paths, run.job);
      },
    });
  }

  get timings(): V2Timings {
    return this.deps.timings;
  }

  isActive(jobId: string): boolean {
    return this.runs.has(jobId);
  }

  private set(job: V2JobRecord, phase: string, secondary = phase): void {
    job.phase = phase;
    job.secondary_phase = secondary;
    this.deps.v2.changed();
  }

  /** Schedules a created job: Creating → Pending (Queuing) → Running. */
  start(job: V2JobRecord): void {
    let finish = () => {};
    const done = new Promise<void>((resolve) => (finish = resolve));
    const run: Run = {
      job,
      mode: 'running',
      timers: [],
      children: [],
      exited: 0,
      failure: null,
      terminateReason: '',
      metricKeys: [],
      search: null,
      done,
      finish,
    };
    this.runs.set(job.id, run);
    fs.mkdirSync(v2LogDir(this.deps.paths, job.id), { recursive: true });
    addEvent(job, 'Info', 'Job', 'Training job created.');
    const { creatingMs, pendingMs } = this.deps.timings;
    run.timers.push(
      setTimeout(() => {
        addEvent(job, 'Info', 'Job', 'Training job is queuing: waiting for resources.');
        this.set(job, 'Pending', 'Queuing');
      }, creatingMs),
      setTimeout(() => this.launch(run), creatingMs + pendingMs),
    );
  }

  private launch(run: Run): void {
    const { job } = run;
    const { paths, python } = this.deps;
    const n = job.spec.resource.node_count;
    const now = Date.now();
    job.start_time = now;
    job.tasks = Array.from({ length: n }, (_, rank) => ({
      task: `worker-${rank}`,
      rank,
      pid: null,
      exit_code: null,
      message: '',
      metrics: emptyMetrics(this.deps.timings.metricsIntervalMs / 1000),
    }));
    job.running_records.push({ start_at: now, start_type: 'init_or_rescheduled' });
    job.node_count_metrics.push([now, n]);
    this.set(job, 'Running');
    addEvent(job, 'Info', 'Job', 'Training job is running.');
    if (job.autosearch) {
      this.scheduleAutoStop(run);
      this.launchSearch(run);
      return;
    }
    const plans = job.tasks.map((task) => {
      try {
        return planV2Task(paths, job, task.rank, python);
      } catch (err) {
        return { error: (err as Error).message };
      }
    });
    const failed = plans.find((p): p is { error: string } => 'error' in p);
    if (failed) {
      for (const task of job.tasks) {
        serviceLine(v2LogFile(paths, job.id, task.task), `Training failed: ${failed.error}`);
        this.onExit(run, task.rank, 127, null, failed.error);
      }
      return;
    }
    for (const task of job.tasks) {
      const logFile = v2LogFile(paths, job.id, task.task);
      const plan = plans[task.rank] as V2TaskPlan;
      if (run.failure) {
        // an earlier task could not start: the job fails, the rest are not started
        this.notStarted(run, task.rank, `not started: ${run.failure.task} could not start`);
        continue;
      }
      serviceLine(logFile, `${task.task} (${task.rank + 1}/${n}) starting: ${plan.display}`);
      let child: ChildProcess;
      try {
        child = spawnV2Task(plan, logFile);
      } catch (err) {
        // e.g. ERR_INVALID_ARG_VALUE (a NUL byte) or EMFILE: the task fails, not the emulator
        this.notStarted(run, task.rank, `could not start: ${(err as Error).message}`);
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
        this.onExit(run, task.rank, code, signal, note);
      };
      child.on('exit', (code, signal) => onExit(code, signal));
      child.on('error', (err) => onExit(127, null, `could not start: ${err.message}`));
      if (task.pid) {
        const key = this.nextMetricKey++;
        run.metricKeys.push(key);
        this.sampler.track(key, task.metrics, [task.pid]);
      }
    }
    if (this.runs.get(job.id) === run) this.scheduleAutoStop(run);
  }

  /** A task whose process was never started ends with exit code 127, saying why. */
  private notStarted(run: Run, rank: number, why: string): void {
    const task = run.job.tasks[rank]!;
    serviceLine(v2LogFile(this.deps.paths, run.job.id, task.task), `Training failed: ${why}`);
    addEvent(run.job, 'Error', 'Task', `[${task.task}] Training failed: ${why}`);
    this.onExit(run, rank, 127, null, why);
  }

  private scheduleAutoStop(run: Run): void {
    const { job } = run;
    const stop = job.spec.auto_stop;
    if (stop && run.mode === 'running') {
      const ms = stop.duration * this.deps.timings.hourMs;
      run.timers.push(
        setTimeout(
          () => this.terminate(job.id, `auto stop: the ${stop.duration} hour(s) limit was reached`),
          ms,
        ),
      );
    }
  }

  /** A search job: its trials run one after another as task worker-0 (v2-search-run.ts). */
  private launchSearch(run: Run): void {
    const { paths, python, timings } = this.deps;
    const task = run.job.tasks[0]!;
    run.search = new SearchRun({
      job: run.job,
      paths,
      python,
      killGraceMs: timings.killGraceMs,
      pollMs: timings.trialPollMs,
      changed: () => this.deps.v2.changed(),
      setChild: (child) => {
        run.children = child ? [child] : [];
        task.pid = child?.pid ?? null;
      },
      track: (pid) => {
        const key = this.nextMetricKey++;
        run.metricKeys.push(key);
        this.sampler.track(key, task.metrics, [pid]);
        return () => this.sampler.untrack(key);
      },
      done: (code, note) => this.onExit(run, 0, code, null, note),
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
  earlyStopTrial(job: V2JobRecord, trial: V2Trial): boolean {
    const run = this.runs.get(job.id);
    if (trial.status === 'RUNNING' && run?.search) {
      const how = run.search.earlyStop(trial.trial_id);
      if (how === 'exited') return false;
      if (how === 'stopping') return true;
    }
    stopTrialNow(this.deps.paths, job, trial);
    this.deps.v2.changed();
    return true;
  }

  private onExit(
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
    task.message =
      note ??
      (signal ? `killed by ${signal}` : exitCode === 0 ? 'completed' : `exit with ${exitCode}`);
    const logFile = v2LogFile(this.deps.paths, job.id, task.task);
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
    this.deps.v2.changed();
    if (run.exited < job.tasks.length) return;
    if (run.mode === 'running') this.finalize(run, run.failure ? 'Failed' : 'Completed');
    else if (run.mode === 'terminating') this.finalize(run, 'Terminated');
    else this.release(run);
  }

  private finalize(run: Run, phase: 'Completed' | 'Failed' | 'Terminated'): void {
    const { job } = run;
    if (job.autosearch)
      closeOpenTrials(job.autosearch, {
        running: phase === 'Terminated' ? 'TERMINATED' : 'ERROR',
        pending: 'TERMINATED',
      });
    recordJobEnd(job, phase, run.failure, run.terminateReason);
    try {
      exportTaskLogs(this.deps.paths, job);
    } catch (err) {
      this.deps.log.warn({ err, job_id: job.id }, 'log export failed');
    }
    this.set(job, phase);
    this.deps.log.info({ job_id: job.id, phase }, 'v2 job finished');
    this.release(run);
  }

  private release(run: Run): void {
    for (const t of run.timers) clearTimeout(t);
    for (const key of run.metricKeys) this.sampler.untrack(key);
    this.runs.delete(run.job.id);
    run.finish();
  }

  /** Terminate (§4.7): phase Terminating now, SIGTERM then SIGKILL after the grace; → Terminated. */
  terminate(jobId: string, reason = 'terminated by the user'): boolean {
    const run = this.runs.get(jobId);
    if (!run || run.mode !== 'running') return false;
    run.mode = 'terminating';
    run.terminateReason = reason;
    for (const t of run.timers) clearTimeout(t);
    run.timers = [];
    this.set(run.job, 'Terminating');
    addEvent(run.job, 'Info', 'Job', `Terminating the training job: ${reason}.`);
    if (run.search) {
      run.search.terminate();
      return true;
    }
    const live = run.children.filter((c) => c && c.exitCode === null && c.signalCode === null);
    if (run.job.tasks.length === 0 || live.length === 0) {
      // still Creating/Pending (or nothing left): no process to wait for
      run.timers.push(setTimeout(() => this.finalize(run, 'Terminated'), 200));
      return true;
    }
    for (const c of run.children) killGroup(c?.pid, 'SIGTERM');
    run.timers.push(
      setTimeout(() => {
        for (const c of run.children) killGroup(c?.pid, 'SIGKILL');
      }, this.deps.timings.killGraceMs),
    );
    return true;
  }

  /** Delete / shutdown: kill at once, no phase change (restart recovery handles shutdown). */
  async end(jobId: string, mode: 'deleting' | 'shutdown'): Promise<void> {
    const run = this.runs.get(jobId);
    if (!run) return;
    run.mode = mode;
    for (const t of run.timers) clearTimeout(t);
    run.search?.abort();
    const live = run.children.filter((c) => c && c.exitCode === null && c.signalCode === null);
    if (live.length === 0) {
      this.release(run);
      return;
    }
    for (const c of run.children) killGroup(c?.pid, 'SIGKILL');
    await run.done;
  }

  async shutdown(): Promise<void> {
    this.sampler.stop();
    await Promise.all([...this.runs.keys()].map((id) => this.end(id, 'shutdown')));
  }
}
