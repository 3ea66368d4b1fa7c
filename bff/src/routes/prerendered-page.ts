import type { Response } from 'express';
import type { RenderedPage } from './render-worker.js';

const ROOT = '<div id="root">';

/** JSON inside `<script>`: no `<` can close the element or open a comment. */
const scriptSafe = (json: string) =>
  json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/**
 * Writes index.html with a page drawn on the server (prerender.ts) inside #root: the head (and its
 * preloads) goes out at once, so the browser fetches the console's code while the page is drawn;
 * #root's content follows when `page` settles. The drawn markup is `inert` (nothing in it can be
 * clicked or focused: the console's React replaces it when it starts), and the data it was drawn
 * from follows as `<script type="application/json" id="console-state">` (not run: the CSP allows no
 * inline script), which the console's data cache starts from (web/src/app/prerendered.ts).
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
  const head = html.slice(0, at + ROOT.length);
  const tail = html.slice(at + ROOT.length);
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
        res.end(tail);
        return;
      }
      const state = `<script type="application/json" id="console-state">${scriptSafe(drawn.state)}</script>`;
      const close = tail.indexOf('</div>');
      res.end(
        `<div inert data-prerendered="true">${drawn.html}</div>` +
          tail.slice(0, close + 6) +
          state +
          tail.slice(close + 6),
      );
    });
}
