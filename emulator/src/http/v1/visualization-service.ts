import { V1_STATUS } from '@console/shared';
import type { EmulatorContext } from '../context.js';
import { clearTimers, setLongTimeout, type LongTimeout } from '../../long-timeout.js';
import type { VisualizationJobRecord } from '../../store/types.js';
import { V1Error } from '../../domain/v1/errors.js';

const START_DELAY_MS = 500;
const HOUR_MS = 3_600_000;

/** Starts, auto-stops and stops visualization jobs (their "service" is the /__viz page). */
class VisualizationService {
  private readonly timers = new Map<number, Array<NodeJS.Timeout | LongTimeout>>();

  constructor(private readonly ctx: EmulatorContext) {}

  private clear(jobId: number): void {
    clearTimers(this.timers.get(jobId) ?? []);
    this.timers.delete(jobId);
  }

  /** 7 (WAITING) → 8 (RUNNING) shortly; auto-stops after the schedule's hours. */
  start(job: VisualizationJobRecord): void {
    this.clear(job.job_id);
    job.status = V1_STATUS.WAITING;
    job.start_time = null;
    job.end_time = null;
    const timers: Array<NodeJS.Timeout | LongTimeout> = [
      setTimeout(() => {
        job.status = V1_STATUS.RUNNING;
        job.start_time = Date.now();
        this.ctx.store.metaChanged();
      }, START_DELAY_MS),
    ];
    // 0–24 h by the schema; a long timer all the same, as for every duration from a request
    if (job.stop_after_hours)
      timers.push(setLongTimeout(() => this.stop(job), job.stop_after_hours * HOUR_MS));
    for (const t of timers) t.unref();
    this.timers.set(job.job_id, timers);
    this.ctx.store.metaChanged();
  }

  /** Stops a waiting or running job (→ 12); anything else is refused with 409. */
  stop(job: VisualizationJobRecord): void {
    if (job.status !== V1_STATUS.WAITING && job.status !== V1_STATUS.RUNNING)
      throw new V1Error(
        409,
        'ModelArts.2796',
        `NotAllowedToTerminate: visualization job ${job.job_id} is not running (status ${job.status})`,
      );
    this.clear(job.job_id);
    job.status = V1_STATUS.KILLED;
    job.end_time = Date.now();
    job.start_time ??= job.end_time;
    this.ctx.store.metaChanged();
  }

  /** Restarts a stopped job; a waiting or running one is refused (ModelArts.0105, as the page shows). */
  restart(job: VisualizationJobRecord): void {
    if (job.status === V1_STATUS.WAITING || job.status === V1_STATUS.RUNNING)
      throw new V1Error(
        400,
        'ModelArts.0105',
        `This job can't be resubmit. job status: ${job.status}`,
      );
    this.start(job);
  }

  forget(job: VisualizationJobRecord): void {
    this.clear(job.job_id);
  }
}

const services = new WeakMap<EmulatorContext, VisualizationService>();

export function visualizationService(ctx: EmulatorContext): VisualizationService {
  let s = services.get(ctx);
  if (!s) services.set(ctx, (s = new VisualizationService(ctx)));
  return s;
}
