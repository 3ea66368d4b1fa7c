import { Router } from 'express';
import type { EmulatorContext } from '../context.js';
import { requireToken } from '../iam/auth-middleware.js';
import { catalogRouter } from './catalog-routes.js';
import { v1Errors } from '../../domain/v1/errors.js';
import { jobsRouter } from './jobs-routes.js';
import { versionRouter } from './version-routes.js';
import { algorithmRouter } from './algorithm-routes.js';
import { configRouter } from './config-routes.js';
import { visualizationRouter } from './visualization-routes.js';
import { logRouter } from './log-routes.js';

/** Everything under `/v1`: token check per project, the v1 routes, and a v1 404 for the rest. */
export function v1Router(ctx: EmulatorContext): Router {
  const project = Router({ mergeParams: true });
  project.use(requireToken(ctx.tokens, { key: ctx.accessKey, users: ctx.users }));
  project.use(catalogRouter());
  project.use(jobsRouter(ctx));
  project.use(versionRouter(ctx));
  project.use(algorithmRouter());
  project.use(configRouter(ctx));
  project.use(visualizationRouter(ctx));
  project.use(logRouter(ctx));

  const router = Router();
  router.use('/:project_id', project);
  router.use(() => {
    throw v1Errors.routeNotFound();
  });
  return router;
}
