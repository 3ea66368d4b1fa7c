/** A byte range of an object, both ends included. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * `Range: bytes=a-b`, `bytes=a-` or `bytes=-n` against an object of `size` bytes (RFC 9110, as
 * OBS applies it): the range clipped to the object; `'unsatisfiable'` when it starts past the end
 * (416 InvalidRange); undefined when the header is absent or not a single byte range (the whole
 * object is answered, as OBS and S3 do).
 */
export function parseRange(
  header: string | undefined,
  size: number,
): ByteRange | 'unsatisfiable' | undefined {
  if (!header) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'unsatisfiable';
    return size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  // "a-b" with b < a is not a range (ignored); "a-" from past the end is one that cannot be met
  if (m[2] !== '' && Number(m[2]) < start) return undefined;
  if (start >= size) return 'unsatisfiable';
  const end = m[2] === '' ? size - 1 : Number(m[2]);
  return { start, end: Math.min(end, size - 1) };
}
