import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import { requestId } from '../middleware/error-handler.js';
import { parseOrThrow } from '../validation.js';
import type { AuditTrail } from './audit-trail.js';
import { roleOf } from './portal-sessions.js';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** v2's job search is a read sent as POST. */
const isSearch = (path: string) => /^\/v2\/training-job-searches\/?$/.test(path);

/** The job a call is about: the id in its path, or the name in a create body. */
function jobOf(path: string, body: unknown): string | undefined {
  const id = /(?:training-jobs|visualization-jobs)\/([^/]+)/.exec(path)?.[1];
  if (id) return decodeURIComponent(id);
  if (typeof body !== 'object' || body === null) return undefined;
  const b = body as { job_name?: unknown; metadata?: { name?: unknown } };
  const name = b.job_name ?? b.metadata?.name;
  return typeof name === 'string' ? name : undefined;
}

/** Records every state-changing proxied call once its answer is sent (mount at /api). */
export function auditStateChanges(trail: AuditTrail): RequestHandler {
  return (req, res, next) => {
    const path = req.path;
    if (READS.has(req.method) || !/^\/v[12]\//.test(path) || isSearch(path)) return next();
    res.once('finish', () => {
      const s = req.session;
      if (!s) return;
      const role = roleOf(s);
      trail.append({
        time: new Date().toISOString(),
        user: s.user,
        ...(role ? { role } : {}),
        project: s.projectName,
        method: req.method,
        path: `/api${path}`,
        ...(jobOf(path, req.body) ? { job: jobOf(path, req.body) } : {}),
        status: res.statusCode,
        request_id: requestId(req),
      });
    });
    next();
  };
}

/**
 * Records every OBS write (`/api/obs/...`: upload, folder, delete, multipart steps) once answered,
 * with the OBS path it named (mount at /api/obs; the query's `path` is no secret).
 */
export function auditObsWrites(trail: AuditTrail): RequestHandler {
  return (req, res, next) => {
    if (READS.has(req.method)) return next();
    res.once('finish', () => {
      const s = req.session;
      if (!s) return;
      const role = roleOf(s);
      const object = typeof req.query.path === 'string' ? req.query.path.slice(0, 1100) : undefined;
      trail.append({
        time: new Date().toISOString(),
        user: s.user,
        ...(role ? { role } : {}),
        project: s.projectName,
        method: req.method,
        path: `${req.baseUrl}${req.path}`,
        ...(object ? { object } : {}),
        status: res.statusCode,
        request_id: requestId(req),
      });
    });
    next();
  };
}

const time = z.coerce.number().int().min(0).optional();
const AuditQuerySchema = z.strictObject({
  user: z.string().max(256).optional(),
  job: z.string().max(256).optional(),
  from: time,
  to: time,
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

/** `GET /api/audit` (admins of the current project): its entries, newest first, filtered. */
export function auditRouter(trail: AuditTrail): Router {
  const router = Router();
  router.get('/', (req, res) => {
    if (!req.session) throw new UnauthenticatedError();
    if (roleOf(req.session) !== 'admin') {
      throw new ForbiddenError('Only an admin of this project may read the audit trail');
    }
    const q = parseOrThrow(AuditQuerySchema, req.query);
    res.json({ entries: trail.query({ ...q, project: req.session.projectName }) });
  });
  return router;
}
