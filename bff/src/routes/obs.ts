import { pipeline } from 'node:stream/promises';
import { Router, type Request } from 'express';
import { ConsoleErrorCode, ObsListQuerySchema, type ObsPutResult } from '@console/shared';
import { z } from 'zod';
import { ConsoleError } from '../errors.js';
import { requireSession } from '../middleware/session.js';
import { checkRead, checkWrite } from '../services/obs/obs-access.js';
import { listFolder, statPath } from '../services/obs/obs-browse.js';
import {
  consolePath,
  obsRequestPath,
  parseObsPath,
  requireFolder,
  requireObject,
} from '../services/obs/obs-paths.js';
import { parseOrThrow } from '../validation.js';
import { downloadHeaders } from './obs-download-headers.js';
import { obsContext, uploadLength, type ObsRouteDeps } from './obs-context.js';

const PathQuery = z.object({ path: z.unknown(), download: z.enum(['0', '1']).optional() });
const pathOf = (req: Request) => parseObsPath(parseOrThrow(PathQuery, req.query, 'query').path);
const etagOf = (v: unknown) => (typeof v === 'string' ? v.replace(/^"|"$/g, '') : undefined);

/** Response headers of OBS's object answer that the browser gets as they are. */
const PASSED = ['content-length', 'content-range', 'etag', 'last-modified', 'accept-ranges'];

/**
 * `/api/obs`: list, stat, download, upload, new folder, delete (shared/src/console/obs.ts). The
 * BFF signs with the session's OBS keys; reads need read access to the path, writes write access.
 */
export function obsRouter(deps: ObsRouteDeps): Router {
  const router = Router();
  router.use(requireSession);

  router.get('/list', async (req, res) => {
    const q = parseOrThrow(ObsListQuerySchema, req.query, 'query');
    const loc = requireFolder(parseObsPath(q.path), 'list it');
    const c = await obsContext(deps, req, res);
    checkRead(c.access, consolePath(loc));
    const opts = { marker: q.marker, limit: q.limit, search: q.search };
    res.json(await c.run(() => listFolder(deps.obs, c.keys, c.access, loc, opts)));
  });

  router.get('/stat', async (req, res) => {
    const loc = pathOf(req);
    const c = await obsContext(deps, req, res);
    const path = consolePath(loc);
    checkRead(c.access, path);
    res.json(await c.run(() => statPath(deps.obs, c.keys, loc, path)));
  });

  router.get('/object', async (req, res) => {
    const loc = requireObject(pathOf(req), 'download it');
    const c = await obsContext(deps, req, res);
    checkRead(c.access, consolePath(loc));
    const range = req.get('range');
    const upstream = await c.run(() =>
      deps.obs.request(
        {
          // Express answers HEAD with the GET route: OBS then sends no body either
          method: req.method === 'HEAD' ? 'HEAD' : 'GET',
          path: obsRequestPath(loc.bucket, loc.key),
          ...(range ? { headers: { range } } : {}),
          signal: c.signal,
        },
        c.keys,
      ),
    );
    const name = loc.key.split('/').pop()!;
    res.status(upstream.status);
    res.set(downloadHeaders(name, req.query.download === '1'));
    for (const h of PASSED) {
      const v = upstream.headers[h];
      if (typeof v === 'string') res.setHeader(h, v);
    }
    await pipeline(upstream.body, res).catch(() => {
      // the browser went away (the upstream body is destroyed with it) or OBS broke off: the
      // answer cannot be completed; its length tells the browser it is cut short
    });
  });

  router.put('/object', async (req, res) => {
    const loc = requireObject(pathOf(req), 'upload it');
    const size = uploadLength(req, res, deps.maxUploadBytes);
    const c = await obsContext(deps, req, res);
    const path = consolePath(loc);
    checkWrite(c.access, path);
    const put = await c.run(() =>
      deps.obs.send(
        {
          method: 'PUT',
          path: obsRequestPath(loc.bucket, loc.key),
          headers: { 'content-length': String(size) },
          body: req,
          signal: c.signal,
        },
        c.keys,
      ),
    );
    const etag = etagOf(put.headers.etag);
    res.status(201).json({ path, size, ...(etag ? { etag } : {}) } satisfies ObsPutResult);
  });

  router.post('/folder', async (req, res) => {
    const loc = requireFolder(pathOf(req), 'create it');
    if (loc.kind === 'root' || loc.prefix === '')
      throw new ConsoleError(
        400,
        ConsoleErrorCode.badRequest,
        'path must be a folder inside a bucket, such as /bucket/new-folder/',
        'path',
      );
    const c = await obsContext(deps, req, res);
    const path = consolePath(loc);
    checkWrite(c.access, path);
    const put = await c.run(() =>
      deps.obs.send(
        {
          method: 'PUT',
          path: obsRequestPath(loc.bucket, loc.prefix),
          headers: { 'content-length': '0' },
          body: '',
        },
        c.keys,
      ),
    );
    const etag = etagOf(put.headers.etag);
    res.status(201).json({ path, size: 0, ...(etag ? { etag } : {}) } satisfies ObsPutResult);
  });

  router.delete('/object', async (req, res) => {
    const loc = pathOf(req);
    if (loc.kind === 'root' || (loc.kind === 'folder' && loc.prefix === ''))
      throw new ConsoleError(
        400,
        ConsoleErrorCode.badRequest,
        'path must name a file or a folder inside a bucket',
        'path',
      );
    const c = await obsContext(deps, req, res);
    const path = consolePath(loc);
    checkWrite(c.access, path);
    const key = loc.kind === 'object' ? loc.key : loc.prefix;
    if (loc.kind === 'folder') {
      // only the folder marker goes: a folder with anything in it (seen or not) stays
      const everything = { prefixes: undefined, project: c.access.project };
      const inside = await c.run(() => listFolder(deps.obs, c.keys, everything, loc, { limit: 1 }));
      if (inside.files.length + inside.folders.length > 0 || inside.next_marker)
        throw new ConsoleError(
          409,
          ConsoleErrorCode.conflict,
          `The folder ${path} is not empty`,
          'path',
        );
    }
    await c.run(() =>
      deps.obs.send({ method: 'DELETE', path: obsRequestPath(loc.bucket, key) }, c.keys),
    );
    res.status(204).end();
  });

  return router;
}
