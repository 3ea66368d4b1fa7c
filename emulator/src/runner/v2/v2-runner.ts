import fs from 'node:fs';
import { setLongTimeout } from '../../long-timeout.js';
import type { Logger } from '../../logger.js';
import type { DataPaths } from '../../paths.js';
import { emptyMetrics } from '../../store/types.js';
import type { V2Trial } from '../../store/v2-search-types.js';
import { addEvent } from '../../domain/v2/v2-events.js';
import type { V2Store } from '../../store/v2-store.js';
import type { V2JobRecord } from '../../store/v2-types.js';
import { MetricsSampler } from '../common/metrics-sampler.js';
import { LaunchQueue } from '../common/launch-queue.js';
import type { ProcScanner } from '../common/proc-scanner.js';
import { exportTaskLogs } from './v2-job-end.js';
import { v2LogDir } from './v2-launch.js';
import { launchPlainTasks } from './v2-plain-launch.js';
import { createRun, setPhase, type Run, type RunContext } from './v2-run.js';
import { endRun, terminateRun } from './v2-run-stop.js';
import { earlyStopSearchTrial, launchSearch } from './v2-search-launch.js';
import type { V2Timings } from './v2-timings.js';
import type { HostEnv } from '../common/host-env.js';

export { DEFAULT_V2_TIMINGS, type V2Timings } from './v2-timings.js';

/**
 * Runs v2 jobs for real: one process group per task, phases and events as catalog §4.17 says.
 * This class schedules the phases up to Running; the tasks are launched by v2-plain-launch.ts
 * or v2-search-launch.ts, end in v2-run-end.ts and are stopped by v2-run-stop.ts.
 */
export class V2Runner {
  private readonly runs = new Map<string, Run>();
  private readonly sampler: MetricsSampler;
  private nextMetricKey = 1;
  private readonly ctx: RunContext;
  private readonly launches: LaunchQueue;

  constructor(
    private readonly deps: {
      v2: V2Store;
      paths: DataPaths;
      log: Logger;
      timings: V2Timings;
      python: string;
      hostEnv: HostEnv;
      /** Shared with the v1 runner: one launch per event-loop turn. */
      launches?: LaunchQueue;
      /** Shared with the v1 runner: one /proc scan per metrics tick. */
      scanner?: ProcScanner;
    },
  ) {
    this.launches = deps.launches ?? new LaunchQueue();
    this.sampler = new MetricsSampler({
      ...(deps.scanner ? { scanner: deps.scanner } : {}),
      intervalMs: deps.timings.metricsIntervalMs,
      maxSamples: deps.timings.maxMetricSamples,
      onSample: () => {
        // log_export_path receives the logs while the job runs too (a copy per metrics tick)
        for (const run of this.runs.values()) {
          deps.v2.jobChanged(run.job); // its tasks' (or trials') metrics
          if (run.children.length > 0) exportTaskLogs(deps.paths, run.job);
        }
      },
    });
    this.ctx = {
      ...deps,
      runs: this.runs,
      sampler: this.sampler,
      nextMetricKey: () => this.nextMetricKey++,
    };
  }

  get timings(): V2Timings {
    return this.deps.timings;
  }

  isActive(jobId: string): boolean {
    return this.runs.has(jobId);
  }

  /** Schedules a created job: Creating → Pending (Queuing) → Running. */
  start(job: V2JobRecord): void {
    const run = createRun(job);
    this.runs.set(job.id, run);
    fs.mkdirSync(v2LogDir(this.deps.paths, job.id), { recursive: true });
    addEvent(job, 'Info', 'Job', 'Training job created.');
    const { creatingMs, pendingMs } = this.deps.timings;
    run.timers.push(
      setTimeout(() => {
        addEvent(job, 'Info', 'Job', 'Training job is queuing: waiting for resources.');
        setPhase(this.deps.v2, job, 'Pending', 'Queuing');
      }, creatingMs),
      setTimeout(() => {
        this.launches.enqueue(() => {
          // terminated or deleted while it waited in the queue: nothing to start
          if (this.runs.get(job.id) === run && run.mode === 'running') this.launch(run);
        });
      }, creatingMs + pendingMs),
    );
  }

  /** Pending → Running: creates the task records, then launches the plain tasks or the trials. */
  private launch(run: Run): void {
    const { job } = run;
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
    setPhase(this.deps.v2, job, 'Running');
    addEvent(job, 'Info', 'Job', 'Training job is running.');
    if (job.autosearch) {
      this.scheduleAutoStop(run);
      launchSearch(this.ctx, run);
      return;
    }
    if (!launchPlainTasks(this.ctx, run)) return;
    if (this.runs.get(job.id) === run) this.scheduleAutoStop(run);
  }

  private scheduleAutoStop(run: Run): void {
    const { job } = run;
    const stop = job.spec.auto_stop;
    if (stop && run.mode === 'running') {
      // the API sets no upper bound on the hours: 600 h overflow a plain setTimeout
      const ms = stop.duration * this.deps.timings.hourMs;
      run.timers.push(
        setLongTimeout(
          () => this.terminate(job.id, `auto stop: the ${stop.duration} hour(s) limit was reached`),
          ms,
        ),
      );
    }
  }

  /**
   * Early stop of a PENDING or RUNNING search trial (the route checked that it has not ended);
   * false when its process has already exited (its end is being recorded as it was).
   */
  earlyStopTrial(job: V2JobRecord, trial: V2Trial): boolean {
    return earlyStopSearchTrial(this.ctx, job, trial);
  }

  /** Terminate (§4.7): phase Terminating now, SIGTERM then SIGKILL after the grace; → Terminated. */
  terminate(jobId: string, reason = 'terminated by the user'): boolean {
    return terminateRun(this.ctx, jobId, reason);
  }

  /** Delete / shutdown: kill at once, no phase change (restart recovery handles shutdown). */
  end(jobId: string, mode: 'deleting' | 'shutdown'): Promise<void> {
    return endRun(this.ctx, jobId, mode);
  }

  async shutdown(): Promise<void> {
    this.sampler.stop();
    await Promise.all([...this.runs.keys()].map((id) => this.end(id, 'shutdown')));
  }
}
