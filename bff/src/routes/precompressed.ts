import { statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import type { RequestHandler, Response } from 'express';

/** Encodings the web build writes beside its files (web/scripts/precompress.ts), best first. */
const VARIANTS = [
  { encoding: 'br', ext: '.br' },
  { encoding: 'gzip', ext: '.gz' },
] as const;
type Encoding = (typeof VARIANTS)[number]['encoding'];

/**
 * The encodings an `Accept-Encoding` header accepts (q > 0), among br and gzip. `*` accepts both
 * unless named with q=0; `identity` or nothing accepts neither.
 */
export function acceptedEncodings(header: string | undefined): Set<Encoding> {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const accepted = new Set<Encoding>();
  for (const { encoding } of VARIANTS) {
    const own = q.get(encoding) ?? (encoding === 'gzip' ? q.get('x-gzip') : undefined);
    if ((own ?? q.get('*') ?? 0) > 0) accepted.add(encoding);
  }
  return accepted;
}

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

export interface PrecompressedOptions {
  /** Extensions worth a variant (the build writes them only for these). */
  extensions?: readonly string[];
  setHeaders: (res: Response, path: string) => void;
}

const TEXT = ['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.webmanifest'];

/**
 * Serves `file.br` or `file.gz` from `root` instead of `file` when the request accepts that
 * encoding (br before gzip) and the variant exists: `Content-Encoding`, `Vary: Accept-Encoding`,
 * the original file's `Content-Type`. Anything else — a range request, a method other than
 * GET/HEAD, no accepted encoding, no variant — passes through to be served as is.
 */
export function precompressedFiles(root: string, opts: PrecompressedOptions): RequestHandler {
  const base = resolve(root);
  const extensions = opts.extensions ?? TEXT;
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const ext = extname(req.path);
    if (!extensions.includes(ext)) return next();
    // Every file that has variants may be asked for with or without them.
    res.vary('Accept-Encoding');
    if (req.headers.range) return next();
    let rel: string;
    try {
      rel = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    const file = resolve(base, `.${rel}`);
    if (!file.startsWith(base + sep) || rel.includes('\0')) return next();
    const relative = file.slice(base.length + 1);
    // Like express.static: no dotfiles (dist/.vite holds the build's manifest).
    if (relative.split(sep).some((part) => part.startsWith('.'))) return next();
    const accepted = acceptedEncodings(req.headers['accept-encoding']);
    const variant = VARIANTS.find((v) => accepted.has(v.encoding) && isFile(file + v.ext));
    if (!variant || !isFile(file)) return next();

    res.type(ext);
    res.setHeader('Content-Encoding', variant.encoding);
    opts.setHeaders(res, file);
    res.sendFile(relative + variant.ext, { root: base, cacheControl: false }, (err) => {
      if (err && !res.headersSent) next();
      else if (err) next(err);
    });
  };
}
