import type { ChildProcess } from 'node:child_process';
import type { DataPaths } from '../../paths.js';
import { sampleConfig } from '../../domain/v2/autosearch/samplers.js';
import type { V2Trial } from '../../store/v2-search-types.js';
import { TrialReporter } from '../../domain/v2/autosearch/trial-report.js';
import {
  bestReward,
  bestTrial,
  closeOpenTrials,
  describeConfig,
  endTrial,
  trialLabel,
} from '../../domain/v2/autosearch/trial-state.js';
import { addEvent } from '../../domain/v2/v2-events.js';
import type { V2JobRecord } from '../../store/v2-types.js';
import { LogTail } from '../common/log-tail.js';
import { planV2Task, v2LogFile, type V2TaskPlan } from './v2-launch.js';
import { exitCodeOf, spawnV2Task } from './v2-task-process.js';
import { killGroup, serviceLine } from '../common/worker-process.js';
import type { HostEnv } from '../common/host-env.js';

const TASK = 'worker-0';

/** What a search run needs from the job runner that owns it. */
export interface SearchHost {
  job: V2JobRecord;
  paths: DataPaths;
  python: string;
  hostEnv: HostEnv;
  killGraceMs: number;
  /** How often a running trial's new log lines are read. */
  pollMs: number;
  changed(): void;
  /** The process of the running trial (null between trials), so terminate/delete can kill it. */
  setChild(child: ChildProcess | null): void;
  /** Starts sampling cpu/memory of a process group; returns the stop function. */
  track(pid: number): () => void;
  /** All trials are over: the task ends with this exit code and message. */
  done(exitCode: number, note: string): void;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Runs the trials of a search job one after another on task worker-0: each samples its config
 * (samplers.ts), runs as the job's normal process with those hyperparameter values, and reports
 * iterations from its log lines. Early stop ends one trial; terminate ends them all.
 */
export class SearchRun {
  private child: ChildProcess | null = null;
  private current: V2Trial | null = null;
  private readonly timers = new Set<NodeJS.Timeout>();
  private mode: 'running' | 'terminating' | 'aborted' = 'running';
  private finished = false;
  /** The SIGKILL after an early stop's / terminate's SIGTERM; cleared when the trial ends. */
  private killTimer: NodeJS.Timeout | null = null;

  constructor(private readonly host: SearchHost) {}

  private get state() {
    return this.host.job.autosearch!;
  }

  private get logFile() {
    return v2LogFile(this.host.paths, this.host.job.id, TASK);
  }

  private later(fn: () => void, ms: number): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    this.timers.add(t);
  }

  private clearTimers(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  start(): void {
    this.next();
  }

  private next(): void {
    if (this.mode !== 'running') return this.finish();
    const trial = this.state.trials.find((t) => t.status === 'PENDING');
    if (!trial) return this.finish();
    this.launch(trial);
  }

  private launch(trial: V2Trial): void {
    const { job, paths } = this.host;
    const s = this.state;
    const config = sampleConfig(s, trial.index);
    trial.config = config;
    trial.start_at = Date.now();
    const label = trialLabel(s, trial);
    const overrides = Object.fromEntries(Object.entries(config).map(([k, v]) => [k, String(v)]));
    let plan: V2TaskPlan | { error: string };
    try {
      plan = planV2Task(paths, job, 0, this.host, overrides);
    } catch (err) {
      plan = { error: (err as Error).message };
    }
    if ('error' in plan) return this.couldNotStart(trial, plan.error);
    serviceLine(this.logFile, `${label} starting: ${describeConfig(config)}`);
    const tail = new LogTail(this.logFile);
    const reporter = new TrialReporter(s);
    let child: ChildProcess;
    try {
      child = spawnV2Task(plan, this.logFile);
    } catch (err) {
      // e.g. ERR_INVALID_ARG_VALUE (a NUL byte in an argument) or EMFILE: this trial fails, not the emulator
      return this.couldNotStart(trial, (err as Error).message);
    }
    this.child = child;
    this.current = trial;
    trial.status = 'RUNNING';
    trial.pid = child.pid ?? null;
    this.host.setChild(child);
    const untrack = child.pid ? this.host.track(child.pid) : () => {};
    addEvent(job, 'Info', 'Task', `[${TASK}] ${capital(label)} started: ${describeConfig(config)}`);
    this.host.changed();
    const read = (lines: string[]) => {
      let reported = false;
      for (const line of lines) reported = reporter.line(trial, line) || reported;
      if (reported) this.host.changed();
    };
    const poll = setInterval(() => read(tail.lines()), this.host.pollMs);
    let exited = false;
    const onExit = (code: number | null, signal: NodeJS.Signals | null, note?: string) => {
      if (exited) return;
      exited = true;
      clearInterval(poll);
      killGroup(child.pid, 'SIGKILL'); // nothing a trial started outlives it
      read(tail.rest());
      untrack();
      this.ended(trial, exitCodeOf(code, signal), note);
    };
    child.on('exit', (code, signal) => onExit(code, signal));
    child.on('error', (err) => onExit(127, null, `could not start: ${err.message}`));
  }

  /** The trial's process could not be started: it ends ERROR (exit code 127), the search goes on. */
  private couldNotStart(trial: V2Trial, why: string): void {
    const label = trialLabel(this.state, trial);
    trial.exit_code = 127;
    endTrial(trial, 'ERROR');
    serviceLine(this.logFile, `${label} could not start: ${why}`);
    addEvent(this.host.job, 'Error', 'Task', `[${TASK}] ${capital(label)} could not start: ${why}`);
    this.host.changed();
    this.later(() => this.next(), 0);
  }

  private ended(trial: V2Trial, exitCode: number, note?: string): void {
    if (this.killTimer) clearTimeout(this.killTimer); // never signal a later trial's process group
    this.killTimer = null;
    this.child = null;
    this.current = null;
    this.host.setChild(null);
    trial.exit_code = exitCode;
    if (this.mode === 'aborted') {
      // delete / shutdown: the state is left as it is (a restart marks the trial ERROR)
      this.host.changed();
      return this.finish();
    }
    const stopped = trial.early_stopped || this.mode === 'terminating';
    const status = stopped || exitCode === 0 ? 'TERMINATED' : 'ERROR';
    endTrial(trial, status);
    const s = this.state;
    const how = trial.early_stopped
      ? 'stopped early'
      : this.mode === 'terminating'
        ? 'the job was terminated'
        : (note ?? `exit code ${exitCode}`);
    const best = bestReward(trial, s.reward.mode);
    const text = `${trialLabel(s, trial)} ended: ${status} (${how}), ${trial.iterations.length} iteration(s), best reward ${best ?? 'none'}`;
    serviceLine(this.logFile, text);
    addEvent(
      this.host.job,
      status === 'ERROR' ? 'Error' : 'Info',
      'Task',
      `[${TASK}] ${capital(text)}`,
    );
    this.host.changed();
    if (this.mode === 'running') this.later(() => this.next(), 50);
    else this.finish();
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.clearTimers();
    const s = this.state;
    if (this.mode === 'aborted') return this.host.done(137, 'search aborted');
    if (this.mode === 'terminating') {
      const n = closeOpenTrials(s, { running: 'TERMINATED', pending: 'TERMINATED' });
      this.host.changed();
      return this.host.done(143, `terminated; ${n} pending trial(s) will not run`);
    }
    const best = bestTrial(s);
    if (best)
      this.host.done(
        0,
        `search finished: ${s.trials.length} trial(s), best reward ${best.reward} (trial ${best.trial.trial_id})`,
      );
    else
      this.host.done(1, `search failed: no trial reported a reward (${s.trials.length} trial(s))`);
  }

  private kill(child: ChildProcess): void {
    killGroup(child.pid, 'SIGTERM');
    if (this.killTimer) clearTimeout(this.killTimer);
    this.killTimer = setTimeout(() => {
      this.killTimer = null;
      killGroup(child.pid, 'SIGKILL');
    }, this.host.killGraceMs);
  }

  /**
   * Early stop of the running trial: `stopping` (it is being killed), `exited` (its process has
   * already exited: the exit is recorded as it was) or `not-running` (`trialId` is not the one running).
   */
  earlyStop(trialId: string): 'stopping' | 'exited' | 'not-running' {
    if (!this.child || this.current?.trial_id !== trialId) return 'not-running';
    if (this.child.exitCode !== null || this.child.signalCode !== null) return 'exited';
    this.current.early_stopped = true;
    this.kill(this.child);
    return 'stopping';
  }

  /** Job terminate: the running trial is killed, pending ones end TERMINATED. */
  terminate(): void {
    if (this.mode !== 'running') return;
    this.mode = 'terminating';
    this.clearTimers();
    if (this.child) this.kill(this.child);
    else this.later(() => this.finish(), 200);
  }

  /** Delete / shutdown: no further trial starts; the runner kills the running one. */
  abort(): void {
    this.mode = 'aborted';
    this.clearTimers();
    if (!this.child) this.finished = true;
  }
}

/** Early stop of a trial that has not started (or whose process is gone): it ends now. */
export function stopTrialNow(paths: DataPaths, job: V2JobRecord, trial: V2Trial): void {
  const s = job.autosearch!;
  const before = trial.status === 'PENDING' ? ' before it started' : '';
  const text = `${trialLabel(s, trial)} stopped early${before}`;
  trial.early_stopped = true;
  endTrial(trial, 'TERMINATED');
  serviceLine(v2LogFile(paths, job.id, TASK), text);
  addEvent(job, 'Info', 'Task', `[${TASK}] ${capital(text)}`);
}
