import { firstPast } from './search.js';
import { RangeSource, type SortedSource } from './sorted-source.js';

/** Creation times kept (epoch ms, both ends included; null = open). */
export interface TimeWindow {
  from: number | null;
  to: number | null;
}

/**
 * The jobs of `source` (sorted by creation time, `order`) created within `window`, for a list
 * that cannot filter by time itself (v1): two searches for the window's ends, each galloping from
 * where a recent window usually sits (the start of a newest-first list, the end of an
 * oldest-first one), so "last hour" costs a few probes even over a long list.
 */
export async function withinWindow<T>(
  source: SortedSource<T>,
  timeOf: (item: T) => number,
  order: 'asc' | 'desc',
  window: TimeWindow,
): Promise<SortedSource<T>> {
  const from = window.from ?? -Infinity;
  const to = window.to ?? Infinity;
  const n = source.count;
  // an unreadable item (dropped by the tolerant reader) ends a search where it sits
  const past = (test: (t: number) => boolean) => async (i: number) => {
    const item = await source.at(i);
    return item === undefined || test(timeOf(item));
  };
  if (order === 'desc') {
    const lo = await firstPast(
      0,
      n,
      past((t) => t <= to),
      0,
    );
    const hi = await firstPast(
      lo,
      n,
      past((t) => t < from),
      lo,
    );
    return new RangeSource(source, lo, hi);
  }
  const lo = await firstPast(
    0,
    n,
    past((t) => t >= from),
    n - 1,
  );
  const hi = await firstPast(
    lo,
    n,
    past((t) => t > to),
    n - 1,
  );
  return new RangeSource(source, lo, hi);
}
