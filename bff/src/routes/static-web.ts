import { resolve } from 'node:path';
import express, { Router } from 'express';

/**
 * Serves the built web app, with index.html for every non-/api GET (client-side routes). A missing
 * `/assets/…` file is a 404, not index.html: after a redeploy an open tab asks for old chunk names,
 * and the page reloads on a clean failure instead of choking on HTML served as a script.
 */
export function staticWebRouter(webDist: string): Router {
  const router = Router();
  const index = resolve(webDist, 'index.html');
  router.use(express.static(webDist, { index: false, maxAge: '1h' }));
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || /^\/api(\/|$)/.test(req.path)) {
      next();
      return;
    }
    if (req.path.startsWith('/assets/')) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
