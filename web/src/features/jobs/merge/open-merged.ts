import { MergedSource, type Compare, type Splits } from './merged-source.js';
import type { SortedSource } from './sorted-source.js';

/** One snapshot of a merged list: the sources as read now, merged in one order. */
export interface MergedSnapshot<T> {
  source: SortedSource<T>;
  /** The splits each merge proved: hints for the next snapshot of the same list. */
  cursors(): Splits[];
}

/**
 * Merges any number of sorted sources (v1 asked per status code, and v2) as a left fold of
 * two-way merges; earlier sources go first on ties. `hints` are an earlier snapshot's cursors.
 */
export function mergeSources<T>(
  sources: readonly SortedSource<T>[],
  cmp: Compare<T>,
  hints: readonly Splits[] = [],
): MergedSnapshot<T> {
  const [first, ...rest] = sources;
  if (!first) throw new Error('mergeSources needs at least one source');
  const merges: MergedSource<T>[] = [];
  let source: SortedSource<T> = first;
  rest.forEach((next, k) => {
    const merge = new MergedSource(source, next, cmp, hints[k]);
    merges.push(merge);
    source = merge;
  });
  return { source, cursors: () => merges.map((m) => new Map(m.splits)) };
}

/** Page `page` (1-based) of `size` items: exactly that slice of the merged order. */
export async function readPage<T>(
  source: SortedSource<T>,
  page: number,
  size: number,
): Promise<{ items: T[]; unreadable: number }> {
  const slice = await source.slice((page - 1) * size, size);
  const items = slice.filter((item): item is T => item !== undefined);
  return { items, unreadable: slice.length - items.length };
}
