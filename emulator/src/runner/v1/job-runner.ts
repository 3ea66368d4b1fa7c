import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { V1_STATUS } from '@console/shared';
import type { Logger } from '../../logger.js';
import type { DataPaths } from '../../paths.js';
import type { StateStore } from '../../store/state-store.js';
import type { JobRecord, VersionRecord } from '../../store/types.js';
import { planLaunch, versionLogDir } from './launch-plan.js';
import { exportLogs } from './log-export.js';
import { MetricsSampler } from '../common/metrics-sampler.js';
import { LaunchQueue } from '../common/launch-queue.js';
import type { ProcScanner } from '../common/proc-scanner.js';
import type { RunnerTimings } from './v1-timings.js';
import type { HostEnv } from '../common/host-env.js';
import { killGroup, serviceLine, spawnWorker } from '../common/worker-process.js';

export { DEFAULT_TIMINGS, type RunnerTimings } from './v1-timings.js';

type Mode = 'running' | 'stopping' | 'deleting' | 'shutdown';

interface Run {
  job: JobRecord;
  version: VersionRecord;
  mode: Mode;
  timers: NodeJS.Timeout[];
  children: ChildProcess[];
  exits: Array<{ rank: number; code: number | null; signal: string | null }>;
  failure: string | null;
  done: Promise<void>;
  finish: () => void;
}

/** Starts, watches and stops the worker processes of job versions; drives their status. */
export class JobRunner {
  private readonly runs = new Map<number, Run>();
  private readonly sampler: MetricsSampler;
  private readonly launches: LaunchQueue;

  constructor(
    private readonly deps: {
      store: StateStore;
      paths: DataPaths;
      log: Logger;
      timings: RunnerTimings;
      python: string;
      hostEnv: HostEnv;
      /** Shared with the v2 runner: one launch per event-loop turn. */
      launches?: LaunchQueue;
      /** Shared with the v2 runner: one /proc scan per metrics tick. */
      scanner?: ProcScanner;
    },
  ) {
    const t = deps.timings;
    this.launches = deps.launches ?? new LaunchQueue();
    this.sampler = new MetricsSampler({
      ...(deps.scanner ? { scanner: deps.scanner } : {}),
      intervalMs: t.metricsIntervalMs,
      maxSamples: t.maxMetricSamples,
      onSample: () => {
        // log_url receives the logs while the job runs too (a copy per metrics tick)
        for (const run of this.runs.values()) {
          deps.store.jobChanged(run.job); // its metrics
          if (run.children.length > 0) exportLogs(deps.paths, run.job, run.version);
        }
      },
    });
  }

  get metricsIntervalMs(): number {
    return this.deps.timings.metricsIntervalMs;
  }

  isActive(versionId: number): boolean {
    return this.runs.has(versionId);
  }

  /** Schedules a freshly created version: 1 → 7 → 8 (processes start). */
  start(job: JobRecord, version: VersionRecord): void {
    let finish = () => {};
    const done = new Promise<void>((resolve) => (finish = resolve));
    const run: Run = {
      job,
      version,
      mode: 'running',
      timers: [],
      children: [],
      exits: [],
      failure: null,
      done,
      finish,
    };
    this.runs.set(version.version_id, run);
    const { initMs, waitMs } = this.deps.timings;
    run.timers.push(setTimeout(() => this.setStatus(run, V1_STATUS.WAITING), initMs));
    run.timers.push(
      setTimeout(() => {
        this.launches.enqueue(() => {
          // stopped or deleted while it waited in the queue: nothing to start
          if (this.runs.get(version.version_id) === run && run.mode === 'running') this.launch(run);
        });
      }, initMs + waitMs),
    );
  }

  private setStatus(run: Run, status: number): void {
    run.version.status = status;
    this.deps.store.jobChanged(run.job);
  }

  private logFile(run: Run, rank: number): string {
    const dir = versionLogDir(this.deps.paths, run.job.job_id, run.version.version_id);
    return path.join(dir, run.version.log_files[rank] ?? `worker.${rank}`);
  }

  /** 7 → 8: starts the workers; nothing it meets (a plan error, a spawn that throws) escapes the timer. */
  private launch(run: Run): void {
    try {
      this.startWorkers(run);
    } catch (err) {
      // a bug or an unforeseen failure: this job fails, the emulator and the other jobs go on
      this.deps.log.error({ err, job_id: run.job.job_id }, 'could not launch the job');
      this.couldNotStart(run, 0, `could not start: ${(err as Error).message}`);
    }
  }

  private startWorkers(run: Run): void {
    const { version, job } = run;
    const log = this.deps.log.child({ job_id: job.job_id, version_id: version.version_id });
    const plan = planLaunch(this.deps.paths, job, version);
    if ('error' in plan) {
      for (let r = 0; r < version.log_files.length; r++)
        serviceLine(this.logFile(run, r), `Training failed: ${plan.error}`);
      this.finalize(run, V1_STATUS.FAILED, plan.error);
      return;
    }
    const workers = version.config.worker_server_num;
    version.start_time = Date.now();
    for (let rank = 0; rank < workers; rank++) {
      const logFile = this.logFile(run, rank);
      serviceLine(logFile, `worker ${rank}/${workers} starting: ${plan.display}`);
      let child: ChildProcess;
      try {
        child = spawnWorker({
          python: this.deps.python,
          hostEnv: this.deps.hostEnv,
          plan,
          rank,
          worldSize: workers,
          instanceName: `modelarts-job-${version.resource_id}-worker-${rank}`,
          logFile,
        });
      } catch (err) {
        // e.g. ERR_INVALID_ARG_VALUE (a NUL byte) or EMFILE: the job fails, not the emulator
        log.warn({ rank, err: (err as Error).message }, 'worker could not start');
        this.couldNotStart(run, rank, `could not start: ${(err as Error).message}`);
        if (run.children.length === 0) return; // finalized: nothing runs
        break;
      }
      run.children.push(child);
      let exited = false;
      const onExit = (code: number | null, signal: string | null) => {
        if (exited) return;
        exited = true;
        this.onWorkerExit(run, rank, code, signal);
      };
      child.on('exit', onExit);
      child.on('error', (err) => {
        serviceLine(logFile, `worker ${rank} could not start: ${err.message}`);
        onExit(127, null);
      });
    }
    version.pids = run.children.map((c) => c.pid ?? 0).filter((p) => p > 0);
    this.sampler.track(version.version_id, version.system_metric_list, version.pids);
    log.info({ workers, program: plan.exec }, 'job started');
    this.setStatus(run, V1_STATUS.RUNNING);
  }

  /**
   * Worker `rank` could not be started (exit code 127, as a shell reports it): its log says why,
   * the ranks after it are not started, the started ones are stopped; the version ends FAILED
   * once they have exited (at once when none was started).
   */
  private couldNotStart(run: Run, rank: number, why: string): void {
    const n = run.version.log_files.length;
    serviceLine(this.logFile(run, rank), `Training failed: worker ${rank} ${why} (exit code 127)`);
    for (let r = rank + 1; r < n; r++)
      serviceLine(
        this.logFile(run, r),
        `Training failed: not started: worker ${rank} could not start`,
      );
    run.failure ??= `worker ${rank} ${why} (exit code 127)`;
    if (run.children.length === 0) {
      this.finalize(run, V1_STATUS.FAILED, run.failure);
      return;
    }
    for (const c of run.children) killGroup(c.pid, 'SIGTERM');
  }

  private onWorkerExit(run: Run, rank: number, code: number | null, signal: string | null): void {
    run.exits.push({ rank, code, signal });
    // like a container teardown: nothing the worker started outlives it
    killGroup(run.children[rank]?.pid, 'SIGKILL');
    const failed = code !== 0;
    if (run.mode === 'running') {
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      const end = !failed
        ? 'Training completed.'
        : code === null
          ? `Training terminated by ${signal}`
          : `Training failed with exit code ${code}`;
      serviceLine(this.logFile(run, rank), end);
      if (failed && !run.failure) {
        run.failure = `worker ${rank} ${how}`;
        for (const c of run.children) killGroup(c.pid, 'SIGTERM');
      }
    } else if (run.mode === 'stopping') {
      serviceLine(this.logFile(run, rank), 'Training stopped by the user.');
    }
    if (run.exits.length < run.children.length) return;
    if (run.mode === 'running')
      this.finalize(run, run.failure ? V1_STATUS.FAILED : V1_STATUS.COMPLETED, run.failure);
    else if (run.mode === 'stopping') this.finalize(run, V1_STATUS.KILLED, null);
    else this.release(run);
  }

  private finalize(run: Run, status: number, failure: string | null): void {
    const v = run.version;
    v.end_time = Date.now();
    v.start_time ??= v.end_time;
    v.error_result = failure
      ? {
          error_code: 'ModelArts.4909',
          error_message: `Failed to execute the training job: ${failure}`,
        }
      : null;
    this.deps.log.info(
      { job_id: run.job.job_id, version_id: v.version_id, status },
      'job finished',
    );
    this.setStatus(run, status);
    exportLogs(this.deps.paths, run.job, v);
    this.release(run);
  }

  private release(run: Run): void {
    for (const t of run.timers) clearTimeout(t);
    run.version.pids = [];
    this.sampler.untrack(run.version.version_id);
    this.runs.delete(run.version.version_id);
    run.finish();
  }

  /** Ends a run: stop (9 → 12), delete (kill at once, no status) or shutdown (no status). */
  async end(versionId: number, mode: Exclude<Mode, 'running'>): Promise<void> {
    const run = this.runs.get(versionId);
    if (!run) return;
    run.mode = mode;
    for (const t of run.timers) clearTimeout(t);
    if (run.children.length === 0) {
      if (mode === 'stopping') this.finalize(run, V1_STATUS.KILLED, null);
      else this.release(run);
      return run.done;
    }
    if (mode === 'stopping') this.setStatus(run, V1_STATUS.KILLING);
    const first: NodeJS.Signals = mode === 'deleting' ? 'SIGKILL' : 'SIGTERM';
    for (const c of run.children) killGroup(c.pid, first);
    const grace = setTimeout(() => {
      for (const c of run.children) killGroup(c.pid, 'SIGKILL');
    }, this.deps.timings.killGraceMs);
    await run.done;
    clearTimeout(grace);
  }

  /** Kills every running job (shutdown); statuses are left for the restart recovery. */
  async shutdown(): Promise<void> {
    this.sampler.stop();
    await Promise.all([...this.runs.keys()].map((id) => this.end(id, 'shutdown')));
  }
}
