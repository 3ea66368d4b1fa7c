import { Router } from 'express';
import type { ReadinessProbe } from '../services/readiness-probe.js';

/** `GET /api/health`: liveness. 200 while the process serves; it calls no upstream. */
export function healthRouter(): Router {
  const router = Router();
  router.get('/', (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    res.json({ ok: true });
  });
  return router;
}

/**
 * `GET /api/ready`: readiness. 200 when IAM and ModelArts (and Redis, with REDIS_URL) answer, else
 * 503 naming the one that did not and why: `{ ready, checks: { iam: {...}, modelarts: {...},
 * redis?: {...} } }` (cached, see ReadinessProbe).
 */
export function readyRouter(probe: Pick<ReadinessProbe, 'report'>): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const report = await probe.report();
    res.setHeader('cache-control', 'no-store');
    res.status(report.ready ? 200 : 503).json(report);
  });
  return router;
}
