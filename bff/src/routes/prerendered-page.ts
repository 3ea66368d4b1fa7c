import type { Response } from 'express';
import type { RenderedPage } from './render-worker.js';

const ROOT = '<div id="root">';

/** JSON inside `<script>`: no `<` can close the element or open a comment. */
const scriptSafe = (json: string) =>
  json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** The console's code in the head: its entry module, and the module preloads (page-preloads.ts). */
const CODE = /<script type="module"[^>]*><\/script>\n?|<link rel="modulepreload"[^>]*>\n?/g;

/**
 * Writes index.html with a page drawn on the server (prerender.ts) inside #root: the head (its
 * stylesheets) goes out at once; #root's content follows when `page` settles, and after it the
 * console's code that the head announced (entry module and preloads). Announced before the
 * drawing, the browser fetched and compiled ~30 chunks on the page's main thread and on the same
 * two cores as the drawing, and drew the rows after them: the median first row 356 → ~200 ms with
 * the code after the drawing, the console's own rows no later (its modules run only once the
 * document has ended, whenever they are announced; Chromium on this machine). The drawn markup
 * is `inert` (nothing in it can be clicked or focused: the console's React replaces it when it
 * starts), and the data it was drawn from follows as `<script type="application/json"
 * id="console-state">` (a data block, never run), which the console's data cache starts from
 * (web/src/app/prerendered.ts).
 * A drawn page carries the user's data: never stored by a cache (`private, no-store`).
 */
export function writePage(
  res: Response,
  html: string,
  page: Promise<RenderedPage | undefined>,
): void {
  const at = html.indexOf(ROOT);
  if (at < 0) {
    res.setHeader('cache-control', 'no-cache');
    res.type('html').send(html);
    return;
  }
  const code: string[] = [];
  const head = html.slice(0, at + ROOT.length).replace(CODE, (tag) => {
    code.push(tag.trim());
    return '';
  });
  const tail = html.slice(at + ROOT.length);
  const close = tail.indexOf('</div>') + 6;
  const root = tail.slice(0, close);
  const links = code.join('');
  const end = tail.slice(close);
  res.setHeader('cache-control', 'private, no-store');
  res.setHeader('vary', 'Cookie');
  res.type('html');
  res.write(head);
  // through the compressor (middleware/compress.ts) the head would wait for the end: send it now
  (res as Response & { flush?: () => void }).flush?.();
  void page
    .catch(() => undefined)
    .then((drawn) => {
      if (res.destroyed) return;
      if (!drawn) {
        res.end(root + links + end);
        return;
      }
      const state = `<script type="application/json" id="console-state">${scriptSafe(drawn.state)}</script>`;
      res.end(
        `<div inert data-prerendered="true">${drawn.html}</div>` + root + links + state + end,
      );
    });
}
