/**
 * Headers of an OBS object handed to the browser. The type follows the name and is never one a
 * browser would run or render as a document: text as `text/plain; charset=utf-8`, the four common
 * image types as themselves, everything else (html, svg, xml, pdf, …) `application/octet-stream`.
 * `Content-Security-Policy: sandbox` and `nosniff` hold even if a browser thought otherwise.
 */

const TEXT = new Set(
  (
    'txt log out err csv tsv json jsonl ndjson py ipynb md rst yaml yml toml ini cfg conf sh ' +
    'bash r sql java scala c h cc cpp hpp go rs js ts properties env gitignore dockerfile'
  ).split(' '),
);
const IMAGES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

const extension = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? name.toLowerCase() : name.slice(dot + 1).toLowerCase();
};

export function safeContentType(name: string): string {
  const ext = extension(name);
  if (TEXT.has(ext)) return 'text/plain; charset=utf-8';
  return IMAGES[ext] ?? 'application/octet-stream';
}

/** RFC 5987 `ext-value` characters (attr-char); everything else percent-encoded as UTF-8. */
const rfc5987 = (s: string) =>
  encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment` (download) or `inline`, with an ASCII `filename` (anything else, quotes and
 * backslashes as `_`) and the exact name as `filename*=UTF-8''…` (RFC 6266 / RFC 5987).
 */
export function contentDisposition(name: string, download: boolean): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_') || 'download';
  return `${download ? 'attachment' : 'inline'}; filename="${ascii}"; filename*=UTF-8''${rfc5987(name)}`;
}

/** Every header of an object answer but its length and range. */
export function downloadHeaders(name: string, download: boolean): Record<string, string> {
  return {
    'Content-Type': safeContentType(name),
    'Content-Disposition': contentDisposition(name, download),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': 'sandbox',
    // private: the bytes are the user's; no-transform: no compression (ranges stay exact)
    'Cache-Control': 'private, no-cache, no-transform',
  };
}
