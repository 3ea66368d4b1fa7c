/**
 * A list sorted by its server, read by position. `at` may cost a request; `prefetch` loads a
 * range in one round of requests so that the `at`/`slice` calls over it answer from memory.
 */
export interface SortedSource<T> {
  /** Items in the list when it was opened. */
  readonly count: number;
  prefetch(from: number, n: number): Promise<void>;
  /** The item at `i`; undefined when the list shrank meanwhile. */
  at(i: number): Promise<T | undefined>;
  /**
   * The items at positions [from, from + n) ∩ [0, count), in the server's order; a position
   * whose item could not be read (dropped by the tolerant reader, or gone) holds undefined.
   */
  slice(from: number, n: number): Promise<(T | undefined)[]>;
}

/** One page of a server list: `pageIndex` 0-based, `perPage` items per page. */
export interface ListPage<T> {
  items: T[];
  /** Items matching the query. */
  total: number;
  /** Items of this page the tolerant reader could not read. */
  dropped: number;
}

export type PageFetcher<T> = (pageIndex: number, perPage: number) => Promise<ListPage<T>>;

/** The highest page number the v1 list takes (catalog §3.2: `page` [1, 65535]). */
const MAX_PAGES = 65535;

/**
 * A server's page-numbered list as a `SortedSource`: whole pages of `pageSize` for slices,
 * one-item pages for single probes (a page of one item is that item's position, on both APIs).
 * Every item read is kept by position for the life of the source (one list snapshot).
 */
export class PagedSource<T> implements SortedSource<T> {
  private readonly known = new Map<number, T>();
  private readonly loads = new Map<string, Promise<void>>();
  /** Requests made (a figure for tests and measurements). */
  requests = 0;

  private constructor(
    private readonly fetchPage: PageFetcher<T>,
    private readonly pageSize: number,
    public readonly count: number,
  ) {}

  /** Reads the first page (which also tells the count). */
  static async open<T>(fetchPage: PageFetcher<T>, pageSize: number): Promise<PagedSource<T>> {
    const first = await fetchPage(0, pageSize);
    const source = new PagedSource(fetchPage, pageSize, first.total);
    source.requests = 1;
    const kept = source.keep(0, pageSize, first);
    source.loads.set(`${pageSize}:0`, kept);
    await kept;
    return source;
  }

  /**
   * Keeps a page's items by position. The tolerant reader leaves out items it cannot read, which
   * loses their positions: such a page is read again one item per position (rare: only when the
   * upstream sends malformed jobs), so that every later position stays exact.
   */
  private async keep(pageIndex: number, perPage: number, page: ListPage<T>): Promise<void> {
    const first = pageIndex * perPage;
    if (page.dropped === 0 || perPage === 1) {
      page.items.slice(0, perPage).forEach((item, k) => this.known.set(first + k, item));
      return;
    }
    const end = Math.min(this.count, first + page.items.length + page.dropped);
    const singles: Promise<void>[] = [];
    for (let i = first; i < end && i < MAX_PAGES; i += 1) singles.push(this.load(i, 1));
    await Promise.all(singles);
  }

  private load(pageIndex: number, perPage: number): Promise<void> {
    const key = `${perPage}:${pageIndex}`;
    let pending = this.loads.get(key);
    if (!pending) {
      this.requests += 1;
      pending = this.fetchPage(pageIndex, perPage).then((page) =>
        this.keep(pageIndex, perPage, page),
      );
      this.loads.set(key, pending);
    }
    return pending;
  }

  async prefetch(from: number, n: number): Promise<void> {
    const start = Math.max(0, from);
    const end = Math.min(this.count, from + n);
    const pages: Promise<void>[] = [];
    for (let p = Math.floor(start / this.pageSize); p * this.pageSize < end; p += 1) {
      const first = p * this.pageSize;
      let missing = false;
      for (let i = Math.max(first, start); i < Math.min(end, first + this.pageSize); i += 1)
        if (!this.known.has(i)) missing = true;
      if (missing) pages.push(this.load(p, this.pageSize));
    }
    await Promise.all(pages);
  }

  async at(i: number): Promise<T | undefined> {
    if (i < 0 || i >= this.count) return undefined;
    if (!this.known.has(i)) {
      if (i < MAX_PAGES) await this.load(i, 1);
      else await this.load(Math.floor(i / this.pageSize), this.pageSize);
    }
    return this.known.get(i);
  }

  async slice(from: number, n: number): Promise<(T | undefined)[]> {
    await this.prefetch(from, n);
    const items: (T | undefined)[] = [];
    for (let i = Math.max(0, from); i < Math.min(this.count, from + n); i += 1)
      items.push(this.known.get(i));
    return items;
  }
}

/** Positions [lo, hi) of another source, as a source of their own (a time window). */
export class RangeSource<T> implements SortedSource<T> {
  readonly count: number;
  constructor(
    private readonly base: SortedSource<T>,
    private readonly lo: number,
    hi: number,
  ) {
    this.count = Math.max(0, hi - lo);
  }
  prefetch(from: number, n: number) {
    const start = Math.max(0, from);
    return this.base.prefetch(this.lo + start, Math.min(n, this.count - start));
  }
  at(i: number) {
    return i < 0 || i >= this.count ? Promise.resolve(undefined) : this.base.at(this.lo + i);
  }
  slice(from: number, n: number) {
    const start = Math.max(0, from);
    return this.base.slice(this.lo + start, Math.min(n, this.count - start));
  }
}
