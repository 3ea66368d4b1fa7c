import { resolve } from 'node:path';
import express, { Router } from 'express';

/** Serves the built web app, with index.html for every non-/api GET (client-side routes). */
export function staticWebRouter(webDist: string): Router {
  const router = Router();
  const index = resolve(webDist, 'index.html');
  router.use(express.static(webDist, { index: false, maxAge: '1h' }));
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || /^\/api(\/|$)/.test(req.path)) {
      next();
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
