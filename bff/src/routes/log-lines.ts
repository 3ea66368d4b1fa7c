import type { Readable } from 'node:stream';
import { Router, type Request } from 'express';
import { ConsoleErrorCode, LogLinesQuerySchema, type LogLinesPage } from '@console/shared';
import type { ModelArtsLogClient } from '../clients/modelarts-client.js';
import type { ModelArtsV2LogClient } from '../clients/modelarts-v2-client.js';
import { ConsoleError } from '../errors.js';
import { requireViewer } from '../middleware/require-viewer.js';
import { requireSession } from '../middleware/session.js';
import { AomIndexCache } from '../services/log-read/aom-index-cache.js';
import { LogTooLongError } from '../services/log-read/aom-line-index.js';
import { readLineRange } from '../services/log-read/line-range.js';
import { learning, LineOffsetCache } from '../services/log-read/v2-line-offsets.js';
import type { AomRead } from '../services/log-tail/aom-first-page.js';
import { parseOrThrow } from '../validation.js';
import { LogFileQuerySchema, V1ParamsSchema, V2ParamsSchema } from './log-params.js';
import { readSlots, withV2LogFile } from './log-read-support.js';

export interface LogLinesDeps {
  v1: ModelArtsLogClient;
  v2: ModelArtsV2LogClient;
  modelartsEndpoint: string;
  obsDownloadHosts: string[];
  limits?: Partial<{ maxBytes: number; maxAtOnce: number }>;
  /** The v1 logs' line indexes (shared with the search: one walk serves both). */
  v1Indexes?: AomIndexCache;
  /** Known line starts of v2 logs (the stream's line counts teach them too). */
  v2Offsets?: LineOffsetCache;
}

const DEFAULTS = { maxBytes: 512 * 1024 * 1024, maxAtOnce: 8 };

function rangeOf(req: Request): { from: number; count: number } {
  const q = parseOrThrow(LogLinesQuerySchema, req.query);
  return { from: Number(q.from), count: Number(q.count) };
}

/**
 * A range of a log's lines by number (shared/src/console/log-lines.ts; mounted at /api/logs): the
 * log viewer's pages of a log longer than the browser keeps. v1 through a cached index of the
 * log's aom-log cursors (services/log-read/aom-line-index.ts: one walk per log, then one read per
 * 500 lines); v2 from the task's full log file, read from the nearest known line start (every
 * 10,000th line's offset is learnt by reading: v2-line-offsets.ts) to the range and cut there.
 * Every answer makes at least one upstream read with the caller's own token (access is the
 * upstream's to refuse). Bounded: `maxAtOnce` reads per process, `maxBytes` per v2 read.
 */
export function logLinesRouter(deps: LogLinesDeps): Router {
  const router = Router();
  const limits = { ...DEFAULTS, ...deps.limits };
  const indexes = deps.v1Indexes ?? new AomIndexCache();
  const slot = readSlots(limits.maxAtOnce, 'Too many log reads at once; try again shortly', 1);
  const v2Offsets = deps.v2Offsets ?? new LineOffsetCache();

  router.get('/v1/:jobId/:versionId/lines', requireSession, requireViewer, async (req, res) => {
    const params = parseOrThrow(V1ParamsSchema, req.params);
    const { log_file: logFile } = parseOrThrow(LogFileQuerySchema, req.query);
    const { from, count } = rangeOf(req);
    const token = req.session?.token ?? '';
    const target = { projectId: req.session?.projectId ?? '', ...params, logFile };
    const read: AomRead = (q) => deps.v1.readAomLog(target, token, q);
    const free = slot();
    try {
      const key = AomIndexCache.keyOf(target);
      const index = await indexes.get(key, read).catch((err: unknown) => {
        if (!(err instanceof LogTooLongError)) throw err;
        throw new ConsoleError(
          400,
          ConsoleErrorCode.badRequest,
          'The log is too long to page through on the console; download it to read all of it',
        );
      });
      const body: LogLinesPage = { from, lines: await index.lines(read, from, count) };
      res.set('cache-control', 'no-store').json(body);
    } finally {
      free();
    }
  });

  router.get('/v2/:jobId/:taskId/lines', requireSession, requireViewer, async (req, res) => {
    const params = parseOrThrow(V2ParamsSchema, req.params);
    const { from, count } = rangeOf(req);
    const offsets = v2Offsets.of({ projectId: req.session?.projectId ?? '', ...params });
    const begin = offsets.nearest(from);
    const free = slot();
    try {
      const read = async (stream: Readable, at: number) => {
        // the stream begins at the nearest known line start, or at the log's first byte
        const first = at === begin.byte ? begin.line : 1;
        const chunks = learning(stream, at, offsets);
        const lines = await readLineRange(chunks, from - first + 1, count, limits.maxBytes);
        const body: LogLinesPage = { from, lines };
        res.set('cache-control', 'no-store').json(body);
      };
      await withV2LogFile(deps, req, res, params, read, begin.byte);
    } finally {
      free();
    }
  });

  return router;
}
