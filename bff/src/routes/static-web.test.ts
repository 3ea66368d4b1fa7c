import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticWebRouter } from './static-web.js';

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'web-dist-'));
fs.mkdirSync(path.join(dist, 'assets'));
fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
fs.writeFileSync(path.join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
fs.writeFileSync(path.join(dist, 'assets', 'index-abc.js.map'), '{"version":3}');
fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg/>');
// Precompressed by the build: the chunk in both encodings, the stylesheet in gzip only.
const CHUNK = 'export const big = "' + 'mantine '.repeat(500) + '";';
fs.writeFileSync(path.join(dist, 'assets', 'chunk-abc.js'), CHUNK);
fs.writeFileSync(path.join(dist, 'assets', 'chunk-abc.js.br'), zlib.brotliCompressSync(CHUNK));
fs.writeFileSync(path.join(dist, 'assets', 'chunk-abc.js.gz'), zlib.gzipSync(CHUNK));
const CSS = '.a{color:red}'.repeat(200);
fs.writeFileSync(path.join(dist, 'assets', 'style-abc.css'), CSS);
fs.writeFileSync(path.join(dist, 'assets', 'style-abc.css.gz'), zlib.gzipSync(CSS));
fs.mkdirSync(path.join(dist, '.vite'));
fs.writeFileSync(path.join(dist, '.vite', 'manifest.json'), '{}');
fs.writeFileSync(path.join(dist, '.vite', 'manifest.json.gz'), zlib.gzipSync('{}'));
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

describe('staticWebRouter: the page announces its chunks', () => {
  const built = fs.mkdtempSync(path.join(os.tmpdir(), 'web-dist-preloads-'));
  fs.writeFileSync(
    path.join(built, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/index-abc.js"></script></head><body><div id="root"></div></body></html>',
  );
  fs.writeFileSync(
    path.join(built, 'page-preloads.json'),
    JSON.stringify({
      signIn: '/login',
      console: ['assets/console-app-1.js'],
      pages: [{ pattern: '/jobs/v2/:jobId', files: ['assets/v2-job-2.js'] }],
    }),
  );
  const site = express().use(staticWebRouter(built));
  afterAll(() => fs.rmSync(built, { recursive: true, force: true }));
  const preloadsIn = (html: string) =>
    [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]);

  it("preloads the console's and the page's chunks for a console address, none for the login page", async () => {
    const page = await request(site).get('/jobs/v2/abc').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(preloadsIn(page.text)).toEqual(['/assets/console-app-1.js', '/assets/v2-job-2.js']);
    expect(page.text).toContain('<div id="root"></div>');
    const login = await request(site).get('/login').expect(200);
    expect(preloadsIn(login.text)).toEqual([]);
    const other = await request(site).get('/audit?x=%3Cscript%3E').expect(200);
    expect(preloadsIn(other.text)).toEqual(['/assets/console-app-1.js']);
    expect(other.text).not.toContain('<script>');
  });

  it('revalidates the page by its ETag, and answers HEAD without a body', async () => {
    const first = await request(site).get('/jobs/v2/abc').expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    await request(site).get('/jobs/v2/abc').set('if-none-match', etag).expect(304);
    const head = await request(site).head('/jobs/v2/abc').expect(200);
    expect(head.text ?? '').toBe('');
    expect(head.headers['content-type']).toMatch(/^text\/html/);
  });

  it('answers 404 when the build has no index.html', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'web-dist-empty-'));
    try {
      await request(express().use(staticWebRouter(empty)))
        .get('/jobs')
        .expect(404);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** The bytes as sent, with exactly the given headers (supertest adds Accept-Encoding and decodes). */
function send(port: number, url: string, headers: Record<string, string>, method = 'GET') {
  return new Promise<Raw>((done, fail) => {
    const req = http.request({ port, path: url, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', fail).end();
  });
}

describe('staticWebRouter: precompressed assets', () => {
  let server: http.Server;
  let port = 0;
  beforeAll(async () => {
    server = http.createServer(app);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));
  const get = (url: string, acceptEncoding?: string, more: Record<string, string> = {}) =>
    send(port, url, {
      ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }),
      ...more,
    });

  it('serves the brotli file to a browser that accepts br, with the JS type and caching', async () => {
    const res = await get('/assets/chunk-abc.js', 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(CHUNK.length / 10);
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(CHUNK);
  });

  it('serves gzip when br is not accepted (or refused with q=0)', async () => {
    for (const ae of ['gzip', 'br;q=0, gzip;q=0.8', 'x-gzip', 'deflate, gzip']) {
      const res = await get('/assets/chunk-abc.js', ae);
      expect(res.headers['content-encoding'], ae).toBe('gzip');
      expect(zlib.gunzipSync(res.body).toString()).toBe(CHUNK);
    }
  });

  it('falls back to gzip when the br variant is missing, and to the file when both are', async () => {
    const css = await get('/assets/style-abc.css', 'br, gzip');
    expect(css.headers['content-encoding']).toBe('gzip');
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.gunzipSync(css.body).toString()).toBe(CSS);
    // index-abc.js has no variants: served as is
    const js = await get('/assets/index-abc.js', 'br, gzip');
    expect(js.status).toBe(200);
    expect(js.headers['content-encoding']).toBeUndefined();
    expect(js.body.toString()).toBe('console.log(1)');
  });

  it('serves the file as is without Accept-Encoding, with identity, or q=0 for both', async () => {
    for (const ae of [undefined, 'identity', 'br;q=0, gzip;q=0', '*;q=0', 'zstd']) {
      const res = await get('/assets/chunk-abc.js', ae);
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding'], ae).toBeUndefined();
      expect(res.body.toString()).toBe(CHUNK);
      expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    }
    const any = await get('/assets/chunk-abc.js', '*');
    expect(any.headers['content-encoding']).toBe('br');
  });

  it('never answers a range request with a variant', async () => {
    const res = await get('/assets/chunk-abc.js', 'br, gzip', { range: 'bytes=0-9' });
    expect(res.status).toBe(206);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe(CHUNK.slice(0, 10));
  });

  it('answers HEAD with the variant’s headers and no body', async () => {
    const res = await send(port, '/assets/chunk-abc.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.body.length).toBe(0);
  });

  it('revalidates a variant by its own ETag', async () => {
    const first = await get('/assets/chunk-abc.js', 'br');
    const etag = String(first.headers['etag']);
    const again = await get('/assets/chunk-abc.js', 'br', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    const plain = await get('/assets/chunk-abc.js', 'identity');
    expect(plain.headers['etag']).not.toBe(etag);
  });

  it('keeps the other rules: no dotfiles, 404 for a gone chunk, source maps refused', async () => {
    const manifest = await get('/.vite/manifest.json', 'gzip');
    expect(manifest.headers['content-encoding']).toBeUndefined();
    expect(manifest.body.toString()).toContain('id="root"'); // index.html, not the file
    expect((await get('/assets/gone-OLD.js', 'br, gzip')).status).toBe(404);
    expect((await get('/assets/index-abc.js.map', 'br, gzip')).status).toBe(404);
    expect((await get('/assets/..%2f..%2f..%2fetc%2fpasswd.js', 'br, gzip')).status).toBe(404);
  });
});
