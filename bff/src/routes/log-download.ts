import { Router, type Response } from 'express';
import type { ModelArtsLogClient } from '../clients/modelarts-client.js';
import type { ModelArtsV2LogClient } from '../clients/modelarts-v2-client.js';
import { requireSession } from '../middleware/session.js';
import type { AomRead } from '../services/log-tail/aom-first-page.js';
import { openV1Log } from '../services/log-download/v1-log-pages.js';
import { openV2LogFile } from '../services/log-download/v2-log-file.js';
import { parseOrThrow } from '../validation.js';
import { LogFileQuerySchema, V1ParamsSchema, V2ParamsSchema } from './log-params.js';
import { pipeToResponse } from './proxy-deliver.js';

export { TRUNCATED_NOTE } from '../services/log-download/v1-log-pages.js';

export interface LogDownloadDeps {
  v1: ModelArtsLogClient;
  v2: ModelArtsV2LogClient;
  /** Base for a relative `obs_url`; its origin may always be fetched. */
  modelartsEndpoint: string;
  /** Host suffixes whose https log links may be fetched (see services/log-download/obs-link.ts). */
  obsDownloadHosts: string[];
  /** v1: aom-log pages read at most for one download (default 20,000). */
  maxV1Pages?: number;
  /** v2: how long the log file may take to answer (default 60 s). */
  fetchTimeoutMs?: number;
}

const safeName = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 200) || 'log';

function startAttachment(res: Response, filename: string, length?: string | null): void {
  res.writeHead(200, {
    'content-type': 'text/plain; charset=utf-8',
    'content-disposition': `attachment; filename="${safeName(filename)}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(length ? { 'content-length': length } : {}),
  });
}

/**
 * Full logs as attachments (mounted at /api/logs), the HTTP side of services/log-download/:
 * - `GET /v1/{job_id}/{version_id}/download?log_file=NAME`: aom-log paged from the start to the end;
 * - `GET /v2/{job_id}/{task_id}/download`: the file behind the temporary OBS link, streamed by the BFF.
 * A failure before the download starts answers the error body (its status); a later one cuts it.
 */
export function logDownloadRouter(deps: LogDownloadDeps): Router {
  const router = Router();

  router.get('/v1/:jobId/:versionId/download', requireSession, async (req, res) => {
    const params = parseOrThrow(V1ParamsSchema, req.params);
    const { log_file: logFile } = parseOrThrow(LogFileQuerySchema, req.query);
    const token = req.session?.token ?? '';
    const target = { projectId: req.session?.projectId ?? '', ...params, logFile };
    const read: AomRead = (q) => deps.v1.readAomLog(target, token, q);
    const chunks = await openV1Log(read, deps.maxV1Pages ?? 20_000);
    startAttachment(res, `${logFile}.log`);
    try {
      for await (const chunk of chunks) {
        if (res.destroyed) break;
        res.write(chunk);
      }
      res.end();
    } catch (err) {
      req.log.warn({ err }, 'v1 log download interrupted');
      res.destroy();
    }
  });

  router.get('/v2/:jobId/:taskId/download', requireSession, async (req, res) => {
    const params = parseOrThrow(V2ParamsSchema, req.params);
    const abort = new AbortController();
    res.on('close', () => abort.abort());
    const file = await openV2LogFile(
      {
        ...deps,
        fetchTimeoutMs: deps.fetchTimeoutMs ?? 60_000,
        onRefusedHost: (host) =>
          req.log.warn({ host }, 'v2 log link to a host that is not allowed'),
      },
      { projectId: req.session?.projectId ?? '', ...params },
      req.session?.token ?? '',
      abort.signal,
    );
    startAttachment(res, `${params.jobId}-${params.taskId}.log`, file.length);
    try {
      await pipeToResponse(file.stream, res);
    } catch (err) {
      if (!abort.signal.aborted) req.log.warn({ err }, 'v2 log download interrupted');
      res.destroy();
    }
  });

  return router;
}
