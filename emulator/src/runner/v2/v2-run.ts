import type { ChildProcess } from 'node:child_process';
import type { LongTimeout } from '../../long-timeout.js';
import type { Logger } from '../../logger.js';
import type { DataPaths } from '../../paths.js';
import type { SystemMetrics } from '../../store/types.js';
import type { V2Store } from '../../store/v2-store.js';
import type { V2JobRecord } from '../../store/v2-types.js';
import type { MetricsSampler } from '../common/metrics-sampler.js';
import type { SearchRun } from './v2-search-run.js';
import type { V2Timings } from './v2-timings.js';
import type { HostEnv } from '../common/host-env.js';

export type RunMode = 'running' | 'terminating' | 'deleting' | 'shutdown';

/** One v2 job the runner is running: its processes, timers and how it is ending. */
export interface Run {
  job: V2JobRecord;
  mode: RunMode;
  /** Phase steps and the auto stop (a LongTimeout: its hours may exceed Node's timer range). */
  timers: Array<NodeJS.Timeout | LongTimeout>;
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

/** What the run helpers share with the V2Runner that owns them (its deps, runs and sampler). */
export interface RunContext {
  readonly v2: V2Store;
  readonly paths: DataPaths;
  readonly log: Logger;
  readonly timings: V2Timings;
  readonly python: string;
  readonly hostEnv: HostEnv;
  readonly runs: Map<string, Run>;
  readonly sampler: MetricsSampler;
  /** A fresh key for the metrics sampler. */
  nextMetricKey(): number;
}

/** A new run of a created job, in mode running, with nothing started yet. */
export function createRun(job: V2JobRecord): Run {
  let finish = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
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
}

/** Sets the job's phase (and secondary phase, the same unless given) and saves. */
export function setPhase(v2: V2Store, job: V2JobRecord, phase: string, secondary = phase): void {
  job.phase = phase;
  job.secondary_phase = secondary;
  v2.jobChanged(job);
}

/** Starts sampling cpu/memory of a task's process group; returns the sampler key. */
export function trackTask(ctx: RunContext, run: Run, metrics: SystemMetrics, pid: number): number {
  const key = ctx.nextMetricKey();
  run.metricKeys.push(key);
  ctx.sampler.track(key, metrics, [pid]);
  return key;
}
