import { resolve, sep } from 'node:path';
import express, { Router, type Response } from 'express';
import { pageHtml } from './page-preloads.js';
import { writePage } from './prerendered-page.js';
import type { Prerender } from './prerender.js';
import { precompressedFiles } from './precompressed.js';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface StaticWebOptions {
  /** Serve `*.map` source maps (off by default: they are answered 404). */
  serveSourceMaps?: boolean;
  /** Draws a signed-in page's first screen here (prerender.ts); without it the browser does. */
  prerender?: Prerender;
}

/**
 * Serves the built web app, with index.html for every non-/api GET (client-side routes), which
 * announces the chunks of the page at that address (page-preloads.ts).
 * Caching: `/assets/*` carry a content hash in their names, so they are cached for a year and never
 * revalidated; everything else (index.html above all) is `no-cache`, so a redeploy is seen at once.
 * A missing `/assets/…` file is a 404, not index.html: after a redeploy an open tab asks for old
 * chunk names, and the page reloads on a clean failure instead of choking on HTML served as a script.
 * Compression: the build writes `file.br` and `file.gz` beside each text asset; they are served by
 * `Accept-Encoding` (br, then gzip) with the same caching headers (see precompressed.ts).
 */
export function staticWebRouter(webDist: string, opts: StaticWebOptions = {}): Router {
  const router = Router();
  const index = pageHtml(resolve(webDist, 'index.html'), resolve(webDist, 'page-preloads.json'));
  const assets = resolve(webDist, 'assets') + sep;
  if (!opts.serveSourceMaps) {
    router.use((req, res, next) => {
      if (req.path.endsWith('.map')) res.status(404).type('text/plain').send('Not found');
      else next();
    });
  }
  const setHeaders = (res: Response, path: string) => {
    res.setHeader('cache-control', path.startsWith(assets) ? IMMUTABLE : 'no-cache');
  };
  router.use(precompressedFiles(webDist, { setHeaders }));
  router.use(express.static(webDist, { index: false, cacheControl: false, setHeaders }));
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || /^\/api(\/|$)/.test(req.path)) {
      next();
      return;
    }
    if (req.path.startsWith('/assets/')) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    index(req.path).then(
      (html) => {
        if (req.method === 'GET' && opts.prerender) {
          writePage(res, html, opts.prerender(req));
          return;
        }
        res.setHeader('cache-control', 'no-cache');
        res.type('html').send(html);
      },
      (err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') res.status(404).type('text/plain').send('Not found');
        else next(err);
      },
    );
  });
  return router;
}
