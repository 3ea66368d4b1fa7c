import type { Readable } from 'node:stream';
import {
  v2PhaseInfo,
  v2SecondaryPhaseLabel,
  type Diagnosis,
  type DiagnosisEvent,
  type DiagnosisWorker,
  type JobEvent,
  type JobStatus,
} from '@console/shared';
import type { DiagnosisCache } from './diagnosis-cache.js';
import { problemOf, unreadWorker, workerFrom, type DiagnosisLimits } from './diagnosis-limits.js';
import { mapLimit } from './map-limit.js';
import { scanLog } from './scan-log.js';

/** What a v2 diagnosis reads, bound to one job and the viewer's token. */
export interface V2DiagnosisSource {
  key: string;
  /** The job's status with its tasks, read with the viewer's token (the access check). */
  status(): Promise<JobStatus>;
  events(limit: number): Promise<JobEvent[]>;
  /** A task's full log from its first byte (the download's file); abort ends the read. */
  openLog(task: string, signal: AbortSignal): Promise<Readable>;
}

/** Events read (newest first upstream), and error or warning events kept. */
const EVENTS_READ = 100;
const EVENTS_KEPT = 10;
const LOGS_AT_ONCE = 2;

/** "Failed (exit 1)"-like wording of the status: the secondary phase when it says more. */
function statusLabel(s: JobStatus): string {
  const secondary = s.secondary_phase ?? '';
  return secondary && secondary !== s.phase
    ? v2SecondaryPhaseLabel(secondary)
    : v2PhaseInfo(s.phase).label;
}

/** The job's error and warning events (oldest first), or its last few when there are none. */
export function explainingEvents(events: readonly JobEvent[]): DiagnosisEvent[] {
  const bad = events.filter((e) => /^(error|warning)$/i.test(e.level));
  return (bad.length > 0 ? bad : events.slice(-3)).slice(-EVENTS_KEPT).map((e) => ({
    time: e.time,
    level: e.level,
    message: e.message.slice(0, 1000),
  }));
}

/**
 * The tasks to look at: those that exited non-zero (a task that failed by itself before those
 * that were killed after it: a code over 128 is a signal), or every task when none did.
 */
export function failingTasks(
  s: JobStatus,
): Pick<DiagnosisWorker, 'worker' | 'exit_code' | 'failed'>[] {
  const codes = new Map((s.task_statuses ?? []).map((t) => [t.task, t.exit_code ?? null]));
  const all = (s.tasks ?? []).map((task) => {
    const code = codes.get(task) ?? null;
    const exit = code === null || code < 0 ? null : Math.trunc(code);
    return { worker: task, exit_code: exit, failed: exit !== null && exit !== 0 };
  });
  const failed = all.filter((t) => t.failed);
  const bySignal = (t: { exit_code: number | null }) => ((t.exit_code ?? 0) > 128 ? 1 : 0);
  return failed.length > 0 ? failed.sort((a, b) => bySignal(a) - bySignal(b)) : all;
}

/**
 * "Why it failed" for a v2 job: the status (read every time: it checks access), then, for a
 * failed job, once (cached): its error events and the first error line of the failed tasks' full
 * logs, read from their start and cut off at the byte cap or once the error is found.
 */
export async function diagnoseV2(
  source: V2DiagnosisSource,
  cache: DiagnosisCache,
  limits: DiagnosisLimits,
): Promise<Diagnosis> {
  const status = await source.status();
  const label = statusLabel(status);
  if (v2PhaseInfo(status.phase).bucket !== 'failed') {
    return { api: 'v2', failed: false, status: label, workers: [], events: [] };
  }
  return cache.get(source.key, async () => {
    const [events, workers] = await Promise.all([
      source.events(EVENTS_READ).then(explainingEvents, () => []),
      mapLimit(failingTasks(status).slice(0, limits.maxScannedWorkers), LOGS_AT_ONCE, (t) =>
        scanTask(source, t, limits.maxBytesPerWorker),
      ),
    ]);
    return { api: 'v2', failed: true, status: label, workers, events };
  });
}

async function scanTask(
  source: V2DiagnosisSource,
  task: Pick<DiagnosisWorker, 'worker' | 'exit_code' | 'failed'>,
  maxBytes: number,
): Promise<DiagnosisWorker> {
  const abort = new AbortController();
  try {
    const stream = await source.openLog(task.worker, abort.signal);
    try {
      return workerFrom(task, await scanLog(stream, maxBytes));
    } finally {
      stream.destroy();
    }
  } catch (err) {
    return unreadWorker(task, problemOf(err));
  } finally {
    abort.abort();
  }
}
