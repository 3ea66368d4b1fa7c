import express, { type RequestHandler } from 'express';
import type { EmulatorContext } from './context.js';
import { controlMiddleware, controlRouter } from './control/control-routes.js';
import { volumeControlRouter } from './control/volume-control.js';
import { credentialControlRouter } from './control/credential-control.js';
import { datasetRouter } from './datasets/dataset-routes.js';
import { visualizationPageRouter } from './v1/visualization-page.js';
import { errorHandler, notFound } from './error-handler.js';
import { jsonBody } from './json-body.js';
import { iamRouter } from './iam/iam-routes.js';
import { securityTokenRouter } from './iam/security-token-route.js';
import { v1Router } from './v1/v1-router.js';
import { v2Handlers, v2ObsLinks } from './v2/v2-router.js';

function requestLog(ctx: EmulatorContext): RequestHandler {
  const log = ctx.log.child({ module: 'http' });
  return (req, res, next) => {
    const started = Date.now();
    // read now: a mounted router strips its mount path from req.path until the response ends
    const path = req.path;
    res.on('finish', () => {
      // path only: no query string, no headers (tokens stay out of the log)
      log.debug(
        { method: req.method, path, status: res.statusCode, ms: Date.now() - started },
        'request',
      );
    });
    next();
  };
}

/** The emulator's HTTP surface: IAM under /v3, ModelArts v1 under /v1, test control under /__control. */
export function createEmulatorApp(ctx: EmulatorContext): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(requestLog(ctx));
  // before jsonBody: IAM documents `Content-Type: application/json;charset=utf8` here, a charset
  // body-parser refuses (415), so this route reads its small body itself
  app.use(
    '/v3.0',
    securityTokenRouter({
      tokens: ctx.tokens,
      credentials: ctx.credentials,
      log: ctx.log.child({ module: 'iam' }),
    }),
  );
  app.use(jsonBody());
  if (ctx.control) {
    app.use('/__control', controlRouter(ctx.control, ctx.tokens));
    app.use('/__control', volumeControlRouter(ctx.paths));
    app.use('/__control', credentialControlRouter(ctx.credentials));
    const recorder = controlMiddleware(ctx.control);
    app.use((req, res, next) =>
      /^\/v[123](\.0)?\//.test(req.path) ? recorder(req, res, next) : next(),
    );
  }
  app.use(
    '/v3',
    iamRouter({ users: ctx.users, tokens: ctx.tokens, log: ctx.log.child({ module: 'iam' }) }),
  );
  app.use('/v1', v1Router(ctx));
  app.use('/v2', datasetRouter(ctx));
  app.use('/__viz', visualizationPageRouter(ctx));
  app.use('/v2', v2Handlers(ctx));
  app.use('/__obs', v2ObsLinks(ctx));
  app.get('/', (_req, res) => {
    res.json({
      name: 'modelarts-emulator',
      iam: '/v3/auth/tokens',
      modelarts: '/v1/{project_id}/',
    });
  });
  app.use(notFound);
  app.use(errorHandler(ctx.log.child({ module: 'http' })));
  return app;
}
