import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Router, type Response } from 'express';
import type { AomPage, ModelArtsLogClient } from '../clients/modelarts-client.js';
import type { ModelArtsV2LogClient } from '../clients/modelarts-v2-client.js';
import { UpstreamUnreachableError } from '../errors.js';
import { requireSession } from '../middleware/session.js';
import { findFirstPage, type AomRead } from '../services/log-tail/aom-first-page.js';
import { AOM_PAGE_SIZE } from '../services/log-tail/aom-log-source.js';
import { parseOrThrow } from '../validation.js';
import { LogFileQuerySchema, V1ParamsSchema, V2ParamsSchema } from './log-params.js';
import { isAllowedLogLink } from '../services/log-download/obs-link.js';
import { pipeToResponse } from './proxy-deliver.js';

export interface LogDownloadDeps {
  v1: ModelArtsLogClient;
  v2: ModelArtsV2LogClient;
  /** Base for a relative `obs_url`; its origin may always be fetched. */
  modelartsEndpoint: string;
  /** Host suffixes whose https log links may be fetched (see obs-link.ts). */
  obsDownloadHosts: string[];
  /** v1: aom-log pages read at most for one download (default 20,000). */
  maxV1Pages?: number;
  /** v2: how long the log file may take to answer (default 60 s). */
  fetchTimeoutMs?: number;
}

export const TRUNCATED_NOTE = '[console] download truncated: the log has too many pages';

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
 * Full logs as attachments (mounted at /api/logs):
 * - `GET /v1/{job_id}/{version_id}/download?log_file=NAME`: aom-log paged from the start to the end;
 * - `GET /v2/{job_id}/{task_id}/download`: the BFF asks for the temporary OBS link (§4.9) and
 *   streams the file itself, so the presigned URL never reaches the browser.
 */
export function logDownloadRouter(deps: LogDownloadDeps): Router {
  const router = Router();

  router.get('/v1/:jobId/:versionId/download', requireSession, async (req, res) => {
    const params = parseOrThrow(V1ParamsSchema, req.params);
    const { log_file: logFile } = parseOrThrow(LogFileQuerySchema, req.query);
    const token = req.session?.token ?? '';
    const target = { projectId: req.session?.projectId ?? '', ...params, logFile };
    const read: AomRead = (q) => deps.v1.readAomLog(target, token, q);
    // an upstream failure before the download started goes to the error middleware (its status)
    let page: AomPage | undefined = await findFirstPage(read, AOM_PAGE_SIZE);
    startAttachment(res, `${logFile}.log`);
    const maxPages = deps.maxV1Pages ?? 20_000;
    try {
      for (let pages = 0; page && page.lines.length > 0 && !res.destroyed; pages += 1) {
        if (pages >= maxPages) {
          res.write(`${TRUNCATED_NOTE}\n`);
          break;
        }
        res.write(`${page.lines.join('\n')}\n`);
        const base = page.endLine;
        if (!base) break;
        const next = await read({ baseLine: base, lines: AOM_PAGE_SIZE, order: 'desc' });
        // the end (an empty page echoes the cursor), or a cursor that does not move
        if (next.endLine === base) break;
        page = next;
      }
      res.end();
    } catch (err) {
      req.log.warn({ err }, 'v1 log download interrupted');
      res.destroy();
    }
  });

  router.get('/v2/:jobId/:taskId/download', requireSession, async (req, res) => {
    const params = parseOrThrow(V2ParamsSchema, req.params);
    const token = req.session?.token ?? '';
    const link = await deps.v2.logUrl(
      { projectId: req.session?.projectId ?? '', ...params },
      token,
    );
    const url = URL.canParse(link, deps.modelartsEndpoint)
      ? new URL(link, deps.modelartsEndpoint)
      : undefined;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new UpstreamUnreachableError('ModelArts sent an unusable log link');
    }
    if (!isAllowedLogLink(url, deps.modelartsEndpoint, deps.obsDownloadHosts)) {
      req.log.warn({ host: url.host }, 'v2 log link to a host that is not allowed');
      throw new UpstreamUnreachableError('ModelArts sent a log link to a host that is not allowed');
    }
    const abort = new AbortController();
    res.on('close', () => abort.abort());
    // The timeout covers the wait for the answer, not the streaming of a large file.
    const timer = setTimeout(
      () => abort.abort(new Error('timeout')),
      deps.fetchTimeoutMs ?? 60_000,
    );
    let file: globalThis.Response;
    try {
      // A presigned link: no token, no cookies, nothing of the browser's request, no redirects.
      file = await fetch(url, { signal: abort.signal, redirect: 'error' });
    } catch {
      throw new UpstreamUnreachableError('The log file could not be fetched');
    } finally {
      clearTimeout(timer);
    }
    if (!file.ok || !file.body) {
      throw new UpstreamUnreachableError(`The log file could not be fetched (HTTP ${file.status})`);
    }
    startAttachment(
      res,
      `${params.jobId}-${params.taskId}.log`,
      file.headers.get('content-length'),
    );
    try {
      await pipeToResponse(Readable.fromWeb(file.body as WebReadableStream<Uint8Array>), res);
    } catch (err) {
      if (!abort.signal.aborted) req.log.warn({ err }, 'v2 log download interrupted');
      res.destroy();
    }
  });

  return router;
}
