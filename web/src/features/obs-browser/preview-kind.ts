/** How the browser shows a file: as text (its first 256 KB), as an image, or not at all. */
export type PreviewKind = 'text' | 'image' | 'none';

/** Bytes of a text file read for its preview (one Range request). */
export const TEXT_PREVIEW_BYTES = 256 * 1024;

const IMAGE = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp']);
const TEXT = new Set([
  'txt',
  'log',
  'out',
  'err',
  'py',
  'sh',
  'json',
  'jsonl',
  'csv',
  'tsv',
  'md',
  'yaml',
  'yml',
  'toml',
  'ini',
  'cfg',
  'conf',
  'xml',
  'html',
  'js',
  'ts',
  'r',
  'sql',
  'ipynb',
  'properties',
]);

export function previewKind(name: string): PreviewKind {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return 'text';
  const ext = name.slice(dot + 1).toLowerCase();
  if (IMAGE.has(ext)) return 'image';
  return TEXT.has(ext) ? 'text' : 'none';
}

/** The total size from `Content-Range: bytes 0-262143/1048576` (undefined when absent). */
export function totalFromContentRange(header: string | null): number | undefined {
  const m = header ? /\/(\d+)\s*$/.exec(header) : null;
  return m ? Number(m[1]) : undefined;
}
