import { Router } from 'express';
import { JobTypeQuerySchema, v1Endpoints } from '@console/shared';
import { ENGINES, SPECS } from '../../domain/v1/catalog.js';
import { invalidArgument } from '../../domain/v1/errors.js';
import { route } from '../route.js';

/** `GET job/resource-specs` (§3.13) and `GET job/ai-engines` (§3.14). */
export function catalogRouter(): Router {
  const router = Router();
  route(router, v1Endpoints.resourceSpecs, (req, res) => {
    const q = JobTypeQuerySchema.safeParse(req.query);
    if (!q.success) throw invalidArgument(q.error);
    res.json({ is_success: true, spec_total_count: SPECS.length, specs: SPECS });
  });
  route(router, v1Endpoints.aiEngines, (req, res) => {
    const q = JobTypeQuerySchema.safeParse(req.query);
    if (!q.success) throw invalidArgument(q.error);
    res.json({ is_success: true, engines: ENGINES });
  });
  return router;
}
