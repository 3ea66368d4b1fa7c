import { once } from 'node:events';
import { Router, type Request, type Response } from 'express';
import { LogSearchQuerySchema, type LogSearchEnd, type LogSearchMatch } from '@console/shared';
import type { ModelArtsLogClient } from '../clients/modelarts-client.js';
import type { ModelArtsV2LogClient } from '../clients/modelarts-v2-client.js';
import { ConsoleErrorCode } from '@console/shared';
import { ConsoleError } from '../errors.js';
import { requireViewer } from '../middleware/require-viewer.js';
import { requireSession } from '../middleware/session.js';
import { AomIndexCache } from '../services/log-read/aom-index-cache.js';
import { indexedPages } from '../services/log-read/aom-index-pages.js';
import { LogTooLongError } from '../services/log-read/aom-line-index.js';
import {
  searchLog,
  type SearchLimits,
  type SearchRequest,
} from '../services/log-read/search-log.js';
import type { AomRead } from '../services/log-tail/aom-first-page.js';
import { parseOrThrow } from '../validation.js';
import { LogFileQuerySchema, V1ParamsSchema, V2ParamsSchema } from './log-params.js';
import { readSlots, withV2LogFile } from './log-read-support.js';

export interface LogSearchDeps {
  v1: ModelArtsLogClient;
  v2: ModelArtsV2LogClient;
  modelartsEndpoint: string;
  obsDownloadHosts: string[];
  limits?: Partial<SearchLimits & { maxV1Reads: number; maxAtOnce: number }>;
  /** The v1 logs' line indexes (shared with the lines endpoint: one walk serves both). */
  v1Indexes?: AomIndexCache;
}

/** maxV1Reads: aom-log pages read (500 lines each) after the log's line index is walked. */
const DEFAULTS = { maxMatches: 500, maxBytes: 128 * 1024 * 1024, maxV1Reads: 4000, maxAtOnce: 4 };

function requestOf(req: Request): SearchRequest {
  const q = parseOrThrow(LogSearchQuerySchema, req.query);
  return {
    text: q.q,
    caseSensitive: q.case === '1',
    ...(q.before ? { beforeLine: Number(q.before) } : {}),
  };
}

/** NDJSON out, with back-pressure; stops when the browser goes away. */
async function stream(
  res: Response,
  run: (emit: (m: LogSearchMatch) => Promise<void>, stop: () => boolean) => Promise<LogSearchEnd>,
): Promise<void> {
  res.writeHead(200, {
    'content-type': 'application/x-ndjson; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  const emit = async (m: LogSearchMatch) => {
    if (!res.write(`${JSON.stringify(m)}\n`)) await once(res, 'drain');
  };
  try {
    const end = await run(emit, () => res.destroyed);
    res.end(`${JSON.stringify(end)}\n`);
  } catch {
    res.destroy();
  }
}

/**
 * Search of a whole log on the server (mounted at /api/logs), for lines older than the browser
 * holds: pages through aom-log (v1) or reads the task's full log file (v2) from the start, as the
 * download does, bounded (matches, bytes, pages; `maxAtOnce` searches per process).
 */
export function logSearchRouter(deps: LogSearchDeps): Router {
  const router = Router();
  const limits = { ...DEFAULTS, ...deps.limits };
  const indexes = deps.v1Indexes ?? new AomIndexCache();
  const slot = readSlots(limits.maxAtOnce, 'Too many log searches at once; try again shortly', 2);

  router.get('/v1/:jobId/:versionId/search', requireSession, requireViewer, async (req, res) => {
    const params = parseOrThrow(V1ParamsSchema, req.params);
    const { log_file: logFile } = parseOrThrow(LogFileQuerySchema, req.query);
    const search = requestOf(req);
    const token = req.session?.token ?? '';
    const target = { projectId: req.session?.projectId ?? '', ...params, logFile };
    const free = slot();
    try {
      // access: the upstream refuses the status read of a job the viewer may not see
      await deps.v1.versionStatus(target, token);
      const read: AomRead = (q) => deps.v1.readAomLog(target, token, q);
      const key = AomIndexCache.keyOf(target);
      const index = await indexes.get(key, read).catch((err: unknown) => {
        if (!(err instanceof LogTooLongError)) throw err;
        throw new ConsoleError(
          400,
          ConsoleErrorCode.badRequest,
          'The log is too long to search on the console; download it to search all of it',
        );
      });
      const state = { cut: false };
      const chunks = indexedPages(index, read, limits.maxV1Reads, state);
      await stream(res, async (emit, stop) => {
        const end = await searchLog(chunks, search, limits, emit, stop);
        return { ...end, truncated: end.truncated || state.cut };
      });
    } finally {
      free();
    }
  });

  router.get('/v2/:jobId/:taskId/search', requireSession, requireViewer, async (req, res) => {
    const params = parseOrThrow(V2ParamsSchema, req.params);
    const search = requestOf(req);
    const free = slot();
    try {
      await withV2LogFile(deps, req, res, params, (file) =>
        stream(res, (emit, stop) => searchLog(file, search, limits, emit, stop)),
      );
    } finally {
      free();
    }
  });

  return router;
}
