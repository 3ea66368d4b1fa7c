import type { Router } from 'express';
import type { V2StatusEvent } from '@console/shared';
import type { DiagnosisClient } from '../clients/diagnosis-client.js';
import type { ModelArtsLogClient } from '../clients/modelarts-client.js';
import type { ModelArtsV2LogClient } from '../clients/modelarts-v2-client.js';
import { AomIndexCache } from '../services/log-read/aom-index-cache.js';
import { v2LineCounter } from '../services/log-read/v2-line-count.js';
import { LineOffsetCache } from '../services/log-read/v2-line-offsets.js';
import { SpoolStore } from '../services/log-read/spool-store.js';
import type { TailRegistry } from '../services/log-tail/tail-registry.js';
import { diagnosisRouter } from './diagnosis.js';
import { jobLogsRouter } from './job-logs.js';
import { logDownloadRouter } from './log-download.js';
import { logLinesRouter } from './log-lines.js';
import { logSearchRouter } from './log-search.js';
import { logsRouter, type LogsRouteDeps } from './logs.js';

export interface LogApiDeps extends Omit<LogsRouteDeps, 'v1' | 'v2'> {
  v1Logs: ModelArtsLogClient;
  v2Logs: ModelArtsV2LogClient;
  registry: TailRegistry<number>;
  v2Registry: TailRegistry<V2StatusEvent>;
  diagnosis: DiagnosisClient;
  modelartsEndpoint: string;
  obsDownloadHosts: string[];
  /** Cap of the local copies of v1 log text (LOG_SPOOL_MAX_BYTES; 0: none). */
  v1SpoolMaxBytes: number;
}

/**
 * The console's own log API: `/api/logs` (downloads, search, lines by number, live streams) and
 * `/api/diagnosis`. One cache of v1 line indexes serves them all: one walk of a log (the tail's, to
 * its first page) serves its pages and its searches, and its spool (the text the walk read, on
 * local disk) serves them again without the upstream. `close` removes the spools (shutdown).
 */
export function logApiRouters(deps: LogApiDeps): {
  logs: Router[];
  diagnosis: Router;
  close: () => Promise<void>;
} {
  const { v1Logs: v1, v2Logs: v2, registry, v2Registry, diagnosis, ...rest } = deps;
  const { modelartsEndpoint, obsDownloadHosts, v1SpoolMaxBytes, ...live } = rest;
  const reads = { v1, v2, modelartsEndpoint, obsDownloadHosts };
  const spools = new SpoolStore({ maxBytes: v1SpoolMaxBytes });
  const v1Indexes = new AomIndexCache(undefined, undefined, spools);
  const v2Offsets = new LineOffsetCache();
  const liveLogs: LogsRouteDeps = {
    ...live,
    v1: { registry, client: v1, indexes: v1Indexes },
    v2: {
      registry: v2Registry,
      client: v2,
      countLines: v2LineCounter({ ...reads, offsets: v2Offsets }),
    },
  };
  return {
    logs: [
      logDownloadRouter(reads),
      logSearchRouter({ ...reads, v1Indexes }),
      logLinesRouter({ ...reads, v1Indexes, v2Offsets }),
      jobLogsRouter(liveLogs),
      logsRouter(liveLogs),
    ],
    diagnosis: diagnosisRouter({ ...reads, client: diagnosis }),
    close: () => spools.close(),
  };
}
