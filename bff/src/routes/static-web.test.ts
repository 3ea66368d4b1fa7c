import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { staticWebRouter } from './static-web.js';

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'web-dist-'));
fs.mkdirSync(path.join(dist, 'assets'));
fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
fs.writeFileSync(path.join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
fs.writeFileSync(path.join(dist, 'assets', 'index-abc.js.map'), '{"version":3}');
fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg/>');
const app = express().use(staticWebRouter(dist));
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

describe('staticWebRouter', () => {
  it('serves files, and index.html for client-side routes', async () => {
    const js = await request(app).get('/assets/index-abc.js').expect(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    const page = await request(app).get('/jobs/v2/some-id').expect(200);
    expect(page.text).toContain('id="root"');
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('answers 404 for a chunk that is gone (an old tab after a redeploy), not index.html', async () => {
    const gone = await request(app).get('/assets/v2-job-page-OLD.js').expect(404);
    expect(gone.text).not.toContain('id="root"');
  });

  it('caches hashed assets for a year, everything else revalidates', async () => {
    const js = await request(app).get('/assets/index-abc.js').expect(200);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await request(app).get('/favicon.svg').expect(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
    const page = await request(app).get('/').expect(200);
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('answers 404 for source maps unless told to serve them', async () => {
    await request(app).get('/assets/index-abc.js.map').expect(404);
    const open = express().use(staticWebRouter(dist, { serveSourceMaps: true }));
    const map = await request(open).get('/assets/index-abc.js.map').expect(200);
    expect(map.text).toContain('"version"');
  });
});
