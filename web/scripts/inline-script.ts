/**
 * The classic scripts of index.html (public/color-scheme.js: it must run before the first paint,
 * so it is no module Vite would bundle) written into the page itself. As a file, even a cached
 * one, the HTML parser stopped at it until the browser had fetched it from its cache: on a page
 * whose first screen the BFF draws, that wait came before the drawing (its median first row 356 →
 * 291 ms without it, Chromium on this machine). The BFF's CSP allows exactly these scripts by
 * their hash (bff/src/routes/inline-scripts.ts reads them from the page it serves). Pure: the
 * caller reads and writes the files.
 */

/** `html` with its `<script src="/<name>"></script>` replaced by the script's `content`. */
export function inlineScript(html: string, name: string, content: string): string {
  const tag = `<script src="/${name}"></script>`;
  if (!html.includes(tag)) throw new Error(`index.html does not load /${name}`);
  // the page's text would end the element early, or open a comment the parser then swallows
  if (/<\/script|<!--/i.test(content)) throw new Error(`/${name} cannot be written inline`);
  return html.replaceAll(tag, `<script>${content.trim()}</script>`);
}
