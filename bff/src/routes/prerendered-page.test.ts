import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { compress } from '../middleware/compress.js';
import { writePage } from './prerendered-page.js';
import type { RenderedPage } from './render-worker.js';

const HTML =
  '<!doctype html><html><head><link rel="stylesheet" href="/assets/a.css"></head><body><div id="root"></div></body></html>';

let server: http.Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
});

/** A server whose one page is drawn when the test says so; `html` as index.html. */
async function serve(html: string, withCompression = false) {
  let draw!: (page: RenderedPage | undefined) => void;
  const page = new Promise<RenderedPage | undefined>((r) => (draw = r));
  const app = express();
  if (withCompression) app.use(compress());
  app.get('/jobs', (_req, res) => writePage(res, html, page));
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server!.once('listening', r));
  return { draw, port: (server!.address() as AddressInfo).port };
}

/** GET /jobs; resolves with the response once its first bytes are in. */
function get(port: number, headers: Record<string, string> = {}) {
  return new Promise<{ res: http.IncomingMessage; first: string; rest: Promise<string> }>(
    (resolve) => {
      http.get({ port, host: '127.0.0.1', path: '/jobs', headers }, (res) => {
        const gzip = res.headers['content-encoding'] === 'gzip';
        const body = gzip ? res.pipe(zlib.createGunzip()) : res;
        let text = '';
        const rest = new Promise<string>((done) => body.on('end', () => done(text)));
        body.setEncoding('utf8');
        body.once('data', (chunk: string) => {
          text += chunk;
          body.on('data', (more: string) => (text += more));
          resolve({ res, first: chunk, rest });
        });
      });
    },
  );
}

describe('writePage', () => {
  it.each([false, true])(
    'sends the head at once, the drawing when it is ready (compressed: %s)',
    async (gzip) => {
      const { draw, port } = await serve(HTML, gzip);
      const pending = get(port, gzip ? { 'accept-encoding': 'gzip' } : {});
      // nothing drawn yet, but the head (its stylesheets) is already on its way
      const { res, first, rest } = await pending;
      expect(first).toBe(
        '<!doctype html><html><head><link rel="stylesheet" href="/assets/a.css"></head><body><div id="root">',
      );
      draw({ html: '<p>rows</p>', state: '{"a":"</script>"}' });
      expect(first + (await rest).slice(first.length)).toBe(
        '<!doctype html><html><head><link rel="stylesheet" href="/assets/a.css"></head><body><div id="root">' +
          '<div inert data-prerendered="true"><p>rows</p></div></div>' +
          '<script type="application/json" id="console-state">{"a":"\\u003c/script>"}</script></body></html>',
      );
      expect(res.headers['cache-control']).toBe('private, no-store');
      expect(res.headers['content-encoding']).toBe(gzip ? 'gzip' : undefined);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
    },
  );

  it('ends with the plain page when nothing was drawn', async () => {
    const { draw, port } = await serve(HTML);
    const pending = get(port);
    draw(undefined);
    const { first, rest } = await pending;
    expect(first + (await rest).slice(first.length)).toBe(HTML);
  });

  it('draws into a #root at the very start, and escapes the line separators JavaScript cannot hold', async () => {
    const { draw, port } = await serve('<div id="root"></div>');
    const pending = get(port);
    draw({ html: 'x', state: '"\u2028\u2029"' });
    const { first, rest } = await pending;
    expect(first + (await rest).slice(first.length)).toBe(
      '<div id="root"><div inert data-prerendered="true">x</div></div>' +
        '<script type="application/json" id="console-state">"\\u2028\\u2029"</script>',
    );
  });

  describe("the head's code (entry module, preloads) comes after the drawing", () => {
    const WITH_PRELOADS =
      '<html><head><link rel="stylesheet" href="/assets/a.css">' +
      '<script type="module" crossorigin src="/assets/index.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/react.js">\n' +
      '<link rel="modulepreload" crossorigin href="/assets/jobs.js"></head>' +
      '<body><div id="root"></div></body></html>';
    const HEAD =
      '<html><head><link rel="stylesheet" href="/assets/a.css"></head><body><div id="root">';
    const LINKS =
      '<script type="module" crossorigin src="/assets/index.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/react.js">' +
      '<link rel="modulepreload" crossorigin href="/assets/jobs.js">';

    it('drawn: head (stylesheets), drawing, code, data', async () => {
      const { draw, port } = await serve(WITH_PRELOADS);
      const { first, rest } = await get(port);
      expect(first).toBe(HEAD);
      draw({ html: '<p>rows</p>', state: '{}' });
      expect(first + (await rest).slice(first.length)).toBe(
        HEAD +
          '<div inert data-prerendered="true"><p>rows</p></div></div>' +
          LINKS +
          '<script type="application/json" id="console-state">{}</script></body></html>',
      );
    });

    it('not drawn: the page, its code after #root', async () => {
      const { draw, port } = await serve(WITH_PRELOADS);
      const pending = get(port);
      draw(undefined);
      const { first, rest } = await pending;
      expect(first + (await rest).slice(first.length)).toBe(
        HEAD + '</div>' + LINKS + '</body></html>',
      );
    });
  });

  it('sends a page without #root as it is', async () => {
    const { port } = await serve('<html><body>no root</body></html>');
    const { res, first, rest } = await get(port);
    expect(first + (await rest).slice(first.length)).toBe('<html><body>no root</body></html>');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-type']).toMatch(/^text\/html/);
  });
});
