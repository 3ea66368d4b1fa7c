import { v1StatusInfo, type Diagnosis, type DiagnosisWorker } from '@console/shared';
import type { AomRead } from '../log-tail/aom-first-page.js';
import { exitCodeIn } from './error-patterns.js';
import type { DiagnosisCache } from './diagnosis-cache.js';
import { problemOf, unreadWorker, workerFrom, type DiagnosisLimits } from './diagnosis-limits.js';
import { mapLimit } from './map-limit.js';
import { scanLog } from './scan-log.js';
import { openV1Pages, PageCapReached } from './v1-pages.js';

/** What a v1 diagnosis reads, bound to one job version and the viewer's token. */
export interface V1DiagnosisSource {
  /** Cache key of the version (project, job, version). */
  key: string;
  /** The version's numeric status, read with the viewer's token (the access check). */
  status(): Promise<number>;
  logFiles(): Promise<string[]>;
  /** aom-log reads of one log file (the calls the live tail and the download make). */
  reader(logFile: string): AomRead;
}

/** The latest lines read per worker for its exit code (the service's last line says it). */
const EXIT_LINES = 20;
/** Upstream reads of one diagnosis under way at once. */
const UPSTREAM_READS_AT_ONCE = 4;

/**
 * "Why it failed" for a v1 job version: the status (read every time: it checks access), then,
 * for a failed version, once per version (cached): each worker's exit code from the end of its
 * log, and the first error line of the failed workers' logs read from their start, bounded.
 */
export async function diagnoseV1(
  source: V1DiagnosisSource,
  cache: DiagnosisCache,
  limits: DiagnosisLimits,
): Promise<Diagnosis> {
  const status = await source.status();
  const info = v1StatusInfo(status);
  if (info.bucket !== 'failed') {
    return { api: 'v1', failed: false, status: info.label, workers: [], events: [] };
  }
  return cache.get(source.key, async () => ({
    api: 'v1',
    failed: true,
    status: info.label,
    workers: await diagnoseWorkers(source, limits),
    events: [],
  }));
}

async function diagnoseWorkers(
  source: V1DiagnosisSource,
  limits: DiagnosisLimits,
): Promise<DiagnosisWorker[]> {
  const files = (await source.logFiles()).slice(0, limits.maxWorkers);
  const exits = await mapLimit(files, UPSTREAM_READS_AT_ONCE, async (file) => {
    const latest = await source
      .reader(file)({ lines: EXIT_LINES })
      .catch(() => undefined);
    const code = latest ? exitCodeIn(latest.lines) : null;
    return { worker: file, log_file: file, exit_code: code, failed: code !== null && code !== 0 };
  });
  const failed = exits.filter((w) => w.failed);
  const scanned = (failed.length > 0 ? failed : exits).slice(0, limits.maxScannedWorkers);
  return Promise.all(
    scanned.map(async (w) => {
      try {
        const pages = await openV1Pages(source.reader(w.worker), limits.maxPagesPerWorker);
        const scan = await scanLog(pages.chunks, limits.maxBytesPerWorker);
        if (pages.cut) return workerFrom(w, { ...scan, truncated: true, complete: false });
        return workerFrom(w, scan);
      } catch (err) {
        if (err instanceof PageCapReached) {
          // a bound, not a passing failure: kept like any answer (truncated)
          return {
            ...unreadWorker(
              w,
              `The log is longer than the console searches from its start (${limits.maxPagesPerWorker} pages); download it to look further.`,
            ),
            truncated: true,
          };
        }
        return unreadWorker(w, problemOf(err));
      }
    }),
  );
}
