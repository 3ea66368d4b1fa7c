/**
 * The classic scripts of index.html (public/color-scheme.js: it must run before the first paint,
 * so it is no module Vite would bundle) under a content-hashed name in assets/, like Vite's own
 * chunks: the BFF caches assets/ for a year, so a page no longer waits for a revalidation of the
 * script (a round trip that blocks the HTML parser) on every opening. Pure: the caller reads and
 * writes the files.
 */
import { createHash } from 'node:crypto';

export interface Fingerprinted {
  /** index.html, its `src="/<name>"` now `src="/assets/<stem>-<hash>.js"`. */
  html: string;
  /** The new file's path relative to dist/. */
  file: string;
}

/** `name` (a file at dist's root, e.g. `color-scheme.js`) fingerprinted in `html`. */
export function fingerprintScript(html: string, name: string, content: Buffer): Fingerprinted {
  const from = `src="/${name}"`;
  if (!html.includes(from)) throw new Error(`index.html does not load /${name}`);
  const hash = createHash('sha256').update(content).digest('base64url').slice(0, 10);
  const file = `assets/${name.replace(/\.js$/, '')}-${hash}.js`;
  return { html: html.replaceAll(from, `src="/${file}"`), file };
}
