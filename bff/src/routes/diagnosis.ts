import { Router } from 'express';
import type { DiagnosisClient } from '../clients/diagnosis-client.js';
import type { ModelArtsLogClient } from '../clients/modelarts-client.js';
import type { ModelArtsV2LogClient } from '../clients/modelarts-v2-client.js';
import { requireViewer } from '../middleware/require-viewer.js';
import { requireSession } from '../middleware/session.js';
import { openV2LogFile } from '../services/log-download/v2-log-file.js';
import { DiagnosisCache } from '../services/diagnosis/diagnosis-cache.js';
import {
  DEFAULT_DIAGNOSIS_LIMITS,
  type DiagnosisLimits,
} from '../services/diagnosis/diagnosis-limits.js';
import { diagnoseV1 } from '../services/diagnosis/v1-diagnosis.js';
import { diagnoseV2 } from '../services/diagnosis/v2-diagnosis.js';
import { parseOrThrow } from '../validation.js';
import { V1ParamsSchema, V2ParamsSchema } from './log-params.js';

export interface DiagnosisRouteDeps {
  v1: ModelArtsLogClient;
  v2: ModelArtsV2LogClient;
  client: DiagnosisClient;
  /** Base for a relative `obs_url` (as the v2 download). */
  modelartsEndpoint: string;
  obsDownloadHosts: string[];
  limits?: Partial<DiagnosisLimits>;
  /** v2: how long the log file may take to answer (default 30 s). */
  fetchTimeoutMs?: number;
  cache?: DiagnosisCache;
}

const V2JobParamsSchema = V2ParamsSchema.pick({ jobId: true });

/**
 * "Why it failed" (mounted at /api/diagnosis), the HTTP side of services/diagnosis/:
 * - `GET /v1/{job_id}/{version_id}`: the version's workers, exit codes and first error lines;
 * - `GET /v2/{job_id}`: the job's failed tasks, their first error lines and its error events.
 * The viewer's token reads the status first (the upstream refuses a job it may not see).
 */
export function diagnosisRouter(deps: DiagnosisRouteDeps): Router {
  const router = Router();
  const cache = deps.cache ?? new DiagnosisCache();
  const limits = { ...DEFAULT_DIAGNOSIS_LIMITS, ...deps.limits };

  router.get('/v1/:jobId/:versionId', requireSession, requireViewer, async (req, res) => {
    const params = parseOrThrow(V1ParamsSchema, req.params);
    const token = req.session?.token ?? '';
    const projectId = req.session?.projectId ?? '';
    const version = { projectId, ...params };
    const diagnosis = await diagnoseV1(
      {
        key: JSON.stringify(['v1', projectId, params.jobId, params.versionId]),
        status: () => deps.v1.versionStatus({ ...version, logFile: '' }, token),
        logFiles: () => deps.client.logFiles(version, token),
        reader: (logFile) => (q) => deps.v1.readAomLog({ ...version, logFile }, token, q),
      },
      cache,
      limits,
    );
    res.set('cache-control', 'no-store').json(diagnosis);
  });

  router.get('/v2/:jobId', requireSession, requireViewer, async (req, res) => {
    const { jobId } = parseOrThrow(V2JobParamsSchema, req.params);
    const token = req.session?.token ?? '';
    const projectId = req.session?.projectId ?? '';
    const job = { projectId, jobId };
    const diagnosis = await diagnoseV2(
      {
        key: JSON.stringify(['v2', projectId, jobId]),
        status: () => deps.client.jobStatus(job, token),
        events: (limit) => deps.client.events(job, token, limit),
        openLog: async (taskId, signal) => {
          const file = await openV2LogFile(
            {
              ...deps,
              fetchTimeoutMs: deps.fetchTimeoutMs ?? 30_000,
              onRefusedHost: (host) =>
                req.log.warn({ host }, 'v2 log link to a host that is not allowed'),
            },
            { ...job, taskId },
            token,
            signal,
          );
          return file.stream;
        },
      },
      cache,
      limits,
    );
    res.set('cache-control', 'no-store').json(diagnosis);
  });

  return router;
}
