import { Router, type Request } from 'express';
import {
  OBS_MAX_PARTS,
  OBS_UPLOAD_ID_PATTERN,
  ObsUploadCompleteSchema,
  ObsUploadStartSchema,
  type ObsPart,
  type ObsPutResult,
  type ObsUpload,
} from '@console/shared';
import { z } from 'zod';
import { PayloadTooLargeError, ValidationError } from '../errors.js';
import { jsonBody } from '../middleware/json-body.js';
import { requireSession } from '../middleware/session.js';
import { checkWrite } from '../services/obs/obs-access.js';
import { completeUpload, listParts, startUpload } from '../services/obs/obs-multipart.js';
import {
  consolePath,
  obsRequestPath,
  parseObsPath,
  requireObject,
} from '../services/obs/obs-paths.js';
import { parseOrThrow } from '../validation.js';
import { obsContext, uploadLength, type ObsRouteDeps } from './obs-context.js';

const SMALL_JSON = jsonBody({ limit: 2 * 1024 * 1024 });

/** The object of an upload (`?path=`), the session's context, and write access to it. */
async function target(deps: ObsRouteDeps, req: Request, res: Parameters<typeof obsContext>[2]) {
  const q = parseOrThrow(z.object({ path: z.unknown() }), req.query, 'query');
  const loc = requireObject(parseObsPath(q.path), 'upload it');
  const c = await obsContext(deps, req, res);
  const path = consolePath(loc);
  checkWrite(c.access, path);
  return { loc, c, path };
}

function uploadIdOf(req: Request): string {
  const id = String(req.params.uploadId ?? '');
  if (!OBS_UPLOAD_ID_PATTERN.test(id))
    throw new ValidationError('upload_id is not an upload id', 'upload_id');
  return id;
}

/**
 * `/api/obs/uploads`: resumable multipart uploads. Start (the declared size checked against the
 * upload limit), list the stored parts (resume), put a part (streamed), complete, abort. Every
 * step names the object with `?path=` and needs write access to it.
 */
export function obsUploadsRouter(deps: ObsRouteDeps): Router {
  const router = Router();
  router.use(requireSession);

  router.post('/', SMALL_JSON, async (req, res) => {
    const body = parseOrThrow(ObsUploadStartSchema, req.body);
    if (body.size > deps.maxUploadBytes)
      throw new PayloadTooLargeError(
        `The file is ${body.size} bytes; uploads may be at most ${deps.maxUploadBytes} bytes`,
      );
    const { loc, c, path } = await target(deps, req, res);
    const uploadId = await c.run(() => startUpload(deps.obs, c.keys, loc.bucket, loc.key));
    if (!OBS_UPLOAD_ID_PATTERN.test(uploadId))
      throw new ValidationError('OBS answered an upload id the console cannot use', 'upload_id');
    res.status(201).json({ upload_id: uploadId, path, parts: [] } satisfies ObsUpload);
  });

  router.get('/:uploadId', async (req, res) => {
    const uploadId = uploadIdOf(req);
    const { loc, c, path } = await target(deps, req, res);
    const parts = await c.run(() => listParts(deps.obs, c.keys, loc.bucket, loc.key, uploadId));
    res.json({ upload_id: uploadId, path, parts } satisfies ObsUpload);
  });

  router.put('/:uploadId/parts/:partNumber', async (req, res) => {
    const uploadId = uploadIdOf(req);
    const raw = String(req.params.partNumber ?? '');
    const n = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
    if (!(n >= 1 && n <= OBS_MAX_PARTS))
      throw new ValidationError(
        `part_number must be a whole number from 1 to ${OBS_MAX_PARTS}`,
        'part_number',
      );
    const size = uploadLength(req, res, deps.maxUploadBytes);
    const { loc, c } = await target(deps, req, res);
    const put = await c.run(() =>
      deps.obs.send(
        {
          method: 'PUT',
          path: obsRequestPath(loc.bucket, loc.key),
          query: [
            ['partNumber', String(n)],
            ['uploadId', uploadId],
          ],
          headers: { 'content-length': String(size) },
          body: req,
          signal: c.signal,
        },
        c.keys,
      ),
    );
    const etag = typeof put.headers.etag === 'string' ? put.headers.etag.replace(/^"|"$/g, '') : '';
    res.json({ part_number: n, etag, size } satisfies ObsPart);
  });

  router.post('/:uploadId/complete', SMALL_JSON, async (req, res) => {
    const uploadId = uploadIdOf(req);
    const body = parseOrThrow(ObsUploadCompleteSchema, req.body);
    const { loc, c, path } = await target(deps, req, res);
    const etag = await c.run(() =>
      completeUpload(deps.obs, c.keys, loc.bucket, loc.key, uploadId, body.parts),
    );
    const head = await c.run(() =>
      deps.obs.send({ method: 'HEAD', path: obsRequestPath(loc.bucket, loc.key) }, c.keys),
    );
    const size = Number(head.headers['content-length'] ?? 0);
    res.json({
      path,
      size: Number.isSafeInteger(size) ? size : 0,
      ...(etag ? { etag } : {}),
    } satisfies ObsPutResult);
  });

  router.delete('/:uploadId', async (req, res) => {
    const uploadId = uploadIdOf(req);
    const { loc, c } = await target(deps, req, res);
    await c.run(() =>
      deps.obs.send(
        {
          method: 'DELETE',
          path: obsRequestPath(loc.bucket, loc.key),
          query: [['uploadId', uploadId]],
        },
        c.keys,
      ),
    );
    res.status(204).end();
  });

  return router;
}
