import { createHash, timingSafeEqual } from 'node:crypto';
import { Router, type RequestHandler } from 'express';
import { NotFoundError, UnauthenticatedError } from '../errors.js';
import type { ConsoleMetrics } from '../metrics/metrics.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest();

/**
 * `Authorization: Bearer <token>` or 401. Both sides are hashed first so the comparison takes the
 * same time whatever the length or content of what was sent.
 */
function bearerGuard(token: string): RequestHandler {
  const expected = sha256(token);
  return (req, res, next) => {
    const m = /^Bearer +(\S+) *$/i.exec(req.get('authorization') ?? '');
    const ok = timingSafeEqual(sha256(m?.[1] ?? ''), expected) && m !== null;
    if (ok) {
      next();
      return;
    }
    res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
    next(
      new UnauthenticatedError('The metrics endpoint needs Authorization: Bearer <METRICS_TOKEN>'),
    );
  };
}

/**
 * `GET /metrics`: Prometheus text. With a token, only for `Authorization: Bearer <token>`; without
 * one, anyone who reaches the port can read it, so a deployment sets METRICS_TOKEN or blocks
 * /metrics at its proxy. Mounted before the web app, so it never answers with index.html.
 */
export function metricsRouter(opts: {
  metrics: Pick<ConsoleMetrics, 'render'>;
  token: string | undefined;
}): Router {
  const router = Router();
  const guard: RequestHandler = opts.token ? bearerGuard(opts.token) : (_req, _res, next) => next();
  router.get('/', guard, async (_req, res) => {
    const { contentType, body } = await opts.metrics.render();
    res.setHeader('cache-control', 'no-store');
    res.type(contentType).send(body);
  });
  router.use((req, _res, next) => {
    next(new NotFoundError(`No such endpoint: ${req.method} ${req.originalUrl.split('?')[0]}`));
  });
  return router;
}
