import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** What is worth compressing: text. Source maps are left alone (served only for debugging). */
export const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|webmanifest)$/;
/** Below this a compressed variant saves less than its headers cost. */
export const MIN_BYTES = 1024;

export function brotli(data: Buffer): Buffer {
  return brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
}

export function gzip(data: Buffer): Buffer {
  return gzipSync(data, { level: 9 });
}

function* files(dir: string): Generator<string> {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (d.name.startsWith('.')) continue; // .vite/: the build's manifest, never served
    const p = join(dir, d.name);
    if (d.isDirectory()) yield* files(p);
    else yield p;
  }
}

/**
 * Writes `file.br` and `file.gz` beside every compressible file of `dir` (the BFF serves them by
 * Accept-Encoding). A variant that would not be smaller than its source is not written. Returns
 * how many files were compressed.
 */
export function precompressDir(dir: string): number {
  let count = 0;
  for (const file of files(dir)) {
    if (!COMPRESSIBLE.test(file) || statSync(file).size < MIN_BYTES) continue;
    const data = readFileSync(file);
    let wrote = false;
    for (const [ext, compress] of [
      ['.br', brotli],
      ['.gz', gzip],
    ] as const) {
      const out = compress(data);
      if (out.length < data.length) {
        writeFileSync(file + ext, out);
        wrote = true;
      }
    }
    if (wrote) count += 1;
  }
  return count;
}
