import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/*
 * The page's own inline scripts, allowed by the CSP by their hash (CSP Level 2 hash sources): the
 * web build writes the colour-scheme script into index.html (web/scripts/inline-script.ts) so the
 * HTML parser does not stop to fetch it before a drawn first screen. Read from the very page this
 * BFF serves, so the allowed hashes cannot drift from it; nothing else inline runs (a data block
 * such as `<script type="application/json">` is not a script and needs no hash).
 */

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const TYPE = /\btype\s*=\s*(["']?)([^"'\s>]*)\1/i;
/** A classic script: no type, an empty one, or JavaScript's; modules and data blocks are not. */
const isClassic = (attrs: string) => {
  const type = TYPE.exec(attrs)?.[2]?.toLowerCase() ?? '';
  return type === '' || type === 'text/javascript';
};

/** The `'sha256-…'` source of each inline script of `html` (none for scripts with a `src`). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attrs) || !isClassic(attrs)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** The hashes of `webDist`/index.html's inline scripts; none without a web build. */
export function webInlineScriptHashes(webDist: string | undefined): string[] {
  if (!webDist) return [];
  try {
    return inlineScriptHashes(readFileSync(resolve(webDist, 'index.html'), 'utf8'));
  } catch {
    return [];
  }
}
