import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, staticWebRouter } from './static-web.js';

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'web-dist-routing-'));
fs.mkdirSync(path.join(dist, 'assets'));
fs.writeFileSync(
  path.join(dist, 'index.html'),
  '<!doctype html><html><head></head><body><div id="root"></div></body></html>',
);
fs.writeFileSync(
  path.join(dist, 'page-preloads.json'),
  JSON.stringify({ signIn: '/login', console: ['assets/console-1.js'], pages: [] }),
);
fs.writeFileSync(path.join(dist, 'assets', 'app-1.js'), 'export {}');
fs.writeFileSync(path.join(dist, 'assets', 'app-1.js.map'), '{"version":3}');
fs.writeFileSync(path.join(dist, 'robots.txt'), 'User-agent: *');
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

/** The site, then the routes after it: a console-like 404 for anything passed on. */
function site(opts: Parameters<typeof staticWebRouter>[1] = {}, root = dist) {
  return express()
    .use(staticWebRouter(root, opts))
    .use((req, res) => res.status(404).json({ passedOn: `${req.method} ${req.path}` }));
}
const PRELOAD = '<link rel="modulepreload" crossorigin href="/assets/console-1.js">';

describe('staticWebRouter: what it leaves to the routes after it', () => {
  const app = site();

  it('passes /api and everything under it on, never answering index.html', async () => {
    for (const p of ['/api', '/api/', '/api/v1/training-jobs', '/api/session']) {
      const r = await request(app).get(p).expect(404);
      expect(r.body).toEqual({ passedOn: `GET ${p}` });
    }
  });

  it('answers index.html for addresses that only look like /api', async () => {
    for (const p of ['/apis', '/api-docs', '/jobs/api', '/x/api/y']) {
      const r = await request(app).get(p).expect(200);
      expect(r.text, p).toContain(PRELOAD);
      expect(r.headers['cache-control']).toBe('no-cache');
    }
  });

  it('passes every method but GET and HEAD on', async () => {
    for (const method of ['post', 'put', 'delete', 'patch'] as const) {
      const r = await request(app)[method]('/jobs').expect(404);
      expect(r.body).toEqual({ passedOn: `${method.toUpperCase()} /jobs` });
    }
    await request(app).head('/jobs').expect(200);
  });

  it('serves the root as the page with its preloads (not the raw index.html)', async () => {
    const r = await request(app).get('/').expect(200);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.text).toContain(PRELOAD);
    const raw = await request(app).get('/index.html').expect(200);
    expect(raw.headers['cache-control']).toBe('no-cache');
  });
});

describe('staticWebRouter: its own 404s and caching', () => {
  it('refuses source maps as plain "Not found", anywhere, unless they are served', async () => {
    const app = site();
    for (const p of ['/assets/app-1.js.map', '/x.map', '/assets/none.js.map']) {
      const r = await request(app).get(p).expect(404);
      expect(r.headers['content-type']).toMatch(/^text\/plain/);
      expect(r.text).toBe('Not found');
    }
    // a name that only contains ".map" is no source map
    const page = await request(app).get('/jobs/x.mapping').expect(200);
    expect(page.text).toContain(PRELOAD);
    const open = site({ serveSourceMaps: true });
    const map = await request(open).get('/assets/app-1.js.map').expect(200);
    expect(map.headers['cache-control']).toBe(IMMUTABLE);
    await request(open).get('/assets/none.js.map').expect(404);
  });

  it('answers a missing asset plain "Not found"; other files revalidate', async () => {
    const app = site();
    const gone = await request(app).get('/assets/old-0.js').expect(404);
    expect(gone.headers['content-type']).toMatch(/^text\/plain/);
    expect(gone.text).toBe('Not found');
    // only the /assets/ folder: a file elsewhere named like it is a page
    await request(app).get('/assetsx/old-0.js').expect(200);
    const robots = await request(app).get('/robots.txt').expect(200);
    expect(robots.headers['cache-control']).toBe('no-cache');
    const js = await request(app).get('/assets/app-1.js').expect(200);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers 404 "Not found" without index.html, and passes other read failures on', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'web-dist-none-'));
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'web-dist-broken-'));
    fs.mkdirSync(path.join(broken, 'index.html')); // a folder: reading it fails with EISDIR
    try {
      const none = await request(site({}, empty)).get('/jobs').expect(404);
      expect(none.headers['content-type']).toMatch(/^text\/plain/);
      expect(none.text).toBe('Not found');
      const failing = express()
        .use(staticWebRouter(broken))
        .use(
          (
            err: NodeJS.ErrnoException,
            _req: express.Request,
            res: express.Response,
            _next: express.NextFunction,
          ) => {
            res.status(500).json({ code: err.code });
          },
        );
      const r = await request(failing).get('/jobs').expect(500);
      expect(r.body).toEqual({ code: 'EISDIR' });
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
      fs.rmSync(broken, { recursive: true, force: true });
    }
  });
});
