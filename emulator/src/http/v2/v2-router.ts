import { Router, type ErrorRequestHandler, type RequestHandler } from 'express';
import type { EmulatorContext } from '../context.js';
import { requireToken } from '../iam/auth-middleware.js';
import { v2AutosearchRouter } from './autosearch-routes.js';
import { v2AlgorithmsRouter } from './v2-algorithms-routes.js';
import { v2CatalogRouter } from './v2-catalog-routes.js';
import { v2ErrorHandler, v2NotFound } from './v2-error-handler.js';
import { v2JobsRouter } from './v2-jobs-routes.js';
import { v2LogsRouter, v2ObsLinkRouter } from './v2-logs-routes.js';
import { v2RuntimeOf } from './v2-runtime.js';

/**
 * Everything under `/v2` except datasets: token check per project (the shared IAM middleware, its
 * errors turned into v2 bodies), the training routes, a v2 404, and the v2 error handler (which
 * also answers bad JSON of /v2 requests). Mount with `app.use('/v2', v2Handlers(ctx))`.
 */
export function v2Handlers(ctx: EmulatorContext): Array<RequestHandler | ErrorRequestHandler> {
  const rt = v2RuntimeOf(ctx);
  const project = Router({ mergeParams: true });
  project.use(requireToken(ctx.tokens, { key: ctx.accessKey, users: ctx.users }));
  // before the jobs router: training-jobs/autosearch/yaml-templates is no job id
  project.use(v2AutosearchRouter(rt));
  project.use(v2JobsRouter(rt));
  project.use(v2LogsRouter(rt));
  project.use(v2CatalogRouter());
  project.use(v2AlgorithmsRouter(rt));

  const router = Router();
  router.use('/:project_id', project);
  router.use(v2NotFound);
  return [router, v2ErrorHandler(ctx.log.child({ module: 'v2' }))];
}

/** Signed log links of `logs/url`: mount with `app.use('/__obs', v2ObsLinks(ctx))`. */
export function v2ObsLinks(ctx: EmulatorContext): Router {
  return v2ObsLinkRouter(v2RuntimeOf(ctx));
}
