import { ObsError } from './obs-errors.js';

/** Largest page of ListObjects (OBS: 1 to 1,000; more is cut to 1,000). */
export const MAX_LIST_KEYS = 1000;

export interface ListEntry {
  key: string;
}

export interface ListQuery {
  prefix: string;
  marker: string;
  delimiter: string;
  maxKeys: number;
}

export interface ListPage<E extends ListEntry> {
  contents: E[];
  commonPrefixes: string[];
  isTruncated: boolean;
  /** The last key or common prefix of this page when truncated (the next request's marker). */
  nextMarker: string | undefined;
}

/** Keys compare as OBS orders them: by their UTF-8 bytes. */
export const compareKeys = (a: string, b: string): number =>
  Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/** `max-keys` as OBS reads it: absent → 1,000; over 1,000 → 1,000; not a whole number ≥ 0 → 400. */
export function parseMaxKeys(raw: string | null): number {
  if (raw === null || raw === '') return MAX_LIST_KEYS;
  if (!/^\d+$/.test(raw))
    throw new ObsError('InvalidArgument', 'max-keys must be a whole number from 0 to 1000.', {
      ArgumentName: 'max-keys',
      ArgumentValue: raw,
    });
  return Math.min(Number(raw), MAX_LIST_KEYS);
}

/**
 * One page of ListObjects (V1) over `entries` sorted by key: those after `marker` that start with
 * `prefix`; with a delimiter, keys with the delimiter after the prefix roll up into one common
 * prefix each (a common prefix counts as one entry of the page, and one not after the marker is
 * skipped, so paging never repeats it).
 */
export function listPage<E extends ListEntry>(entries: readonly E[], q: ListQuery): ListPage<E> {
  const contents: E[] = [];
  const commonPrefixes: string[] = [];
  let last: string | undefined;
  let isTruncated = false;
  for (const entry of entries) {
    const { key } = entry;
    if (!key.startsWith(q.prefix) || compareKeys(key, q.marker) <= 0) continue;
    let rolled: string | undefined;
    if (q.delimiter !== '') {
      const at = key.indexOf(q.delimiter, q.prefix.length);
      if (at >= 0) rolled = key.slice(0, at + q.delimiter.length);
    }
    if (rolled !== undefined && (rolled === last || compareKeys(rolled, q.marker) <= 0)) continue;
    if (contents.length + commonPrefixes.length >= q.maxKeys) {
      isTruncated = true;
      break;
    }
    if (rolled !== undefined) commonPrefixes.push(rolled);
    else contents.push(entry);
    last = rolled ?? key;
  }
  return { contents, commonPrefixes, isTruncated, nextMarker: isTruncated ? last : undefined };
}
