import { firstPast } from './search.js';
import type { SortedSource } from './sorted-source.js';

export type Compare<T> = (x: T, y: T) => number;

/** Rank → how many of the merged list's first `rank` items come from the first source. */
export type Splits = ReadonlyMap<number, number>;

/**
 * Two sorted sources as one sorted source: a merge whose order is fixed by `cmp`, the first
 * source going first on ties (so both servers' own orders are kept, and the merge is total).
 *
 * Page N of the merge needs the split at rank (N-1)·size: how many of the first ranks each
 * source gives. A slice proves the split at its end, so paging forward costs no search; a split
 * an earlier snapshot of the list proved (`hints`) is checked with two probes, inside the
 * prefetch of the page itself; only a page never seen needs a search (O(log n) probes, each a
 * one-item request per source, in parallel).
 */
export class MergedSource<T> implements SortedSource<T> {
  readonly count: number;
  /** Splits proven in this snapshot (the cursors to keep for the next one). */
  readonly splits = new Map<number, number>();
  private readonly searches = new Map<number, Promise<number>>();

  constructor(
    private readonly a: SortedSource<T>,
    private readonly b: SortedSource<T>,
    private readonly cmp: Compare<T>,
    private readonly hints: Splits = new Map(),
  ) {
    this.count = a.count + b.count;
    this.splits.set(0, 0);
    this.splits.set(this.count, a.count);
  }

  /** Whether `x` (of a) goes before `y` (of b); an unreadable item goes at once. */
  private aFirst(x: T | undefined, y: T | undefined): boolean {
    return x === undefined || (y !== undefined && this.cmp(x, y) <= 0);
  }

  /** The known bounds of the split at `rank`, from the sizes and the splits proven so far. */
  private bounds(rank: number): [number, number] {
    let lo = Math.max(0, rank - this.b.count);
    let hi = Math.min(rank, this.a.count);
    for (const [r, x] of this.splits) {
      if (r <= rank) {
        lo = Math.max(lo, x);
        hi = Math.min(hi, x + (rank - r));
      }
      if (r >= rank) {
        hi = Math.min(hi, x);
        lo = Math.max(lo, x - (r - rank));
      }
    }
    return [lo, hi];
  }

  private guess(rank: number): number | undefined {
    return this.splits.get(rank) ?? this.hints.get(rank);
  }

  split(rank: number): Promise<number> {
    const proven = this.splits.get(rank);
    if (proven !== undefined) return Promise.resolve(proven);
    let search = this.searches.get(rank);
    if (!search) {
      const [lo, hi] = this.bounds(rank);
      const estimate = lo + Math.round(((hi - lo) * this.a.count) / Math.max(1, this.count));
      // x is past the split when a[x] does not belong to the first `rank` items
      const isPast = async (x: number) => {
        const [ax, by] = await Promise.all([this.a.at(x), this.b.at(rank - x - 1)]);
        return !this.aFirst(ax, by);
      };
      search = firstPast(lo, hi, isPast, this.hints.get(rank) ?? estimate).then((x) => {
        this.splits.set(rank, x);
        return x;
      });
      this.searches.set(rank, search);
    }
    return search;
  }

  async prefetch(from: number, n: number): Promise<void> {
    const x = this.guess(from);
    if (x === undefined) return;
    // the page and the items either side of the split, which a check of a hint probes
    await Promise.all([this.a.prefetch(x - 1, n + 1), this.b.prefetch(from - x - 1, n + 1)]);
  }

  async at(i: number): Promise<T | undefined> {
    if (i < 0 || i >= this.count) return undefined;
    const x = await this.split(i);
    const [ax, by] = await Promise.all([this.a.at(x), this.b.at(i - x)]);
    if (x >= this.a.count) return by;
    if (i - x >= this.b.count) return ax;
    return this.aFirst(ax, by) ? ax : by;
  }

  async slice(from: number, n: number): Promise<(T | undefined)[]> {
    const start = Math.max(0, from);
    const want = Math.min(this.count, start + n) - start;
    if (want <= 0) return [];
    await this.prefetch(start, want);
    const x = await this.split(start);
    const [as, bs] = await Promise.all([this.a.slice(x, want), this.b.slice(start - x, want)]);
    const out: (T | undefined)[] = [];
    let i = 0;
    let j = 0;
    while (out.length < want && (i < as.length || j < bs.length)) {
      if (i < as.length && (j >= bs.length || this.aFirst(as[i], bs[j]))) out.push(as[i++]);
      else out.push(bs[j++]);
    }
    this.splits.set(start + out.length, x + i);
    return out;
  }
}
