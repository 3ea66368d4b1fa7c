/** Lines a page of a log holds (one request to the BFF's lines endpoint). */
export const LOG_PAGE_SIZE = 500;
/** Pages held at most: a screen and the pages around it, never the whole log. */
export const MAX_LOG_PAGES = 12;

/** A line not in memory: being read, or its read failed (retried when it is wanted again). */
export type MissingLine = { state: 'loading' } | { state: 'failed' };

type Page = { state: 'loading' } | { state: 'failed' } | { state: 'loaded'; lines: string[] };

export interface WantResult {
  /** Pages to read now (marked loading). */
  fetch: number[];
  /** Pages let go (a read of one still under way is no longer wanted). */
  dropped: number[];
}

/**
 * The pages of a long log the browser holds besides its live tail, by page number (page p holds
 * lines p·size + 1 … (p + 1)·size, numbered from 1): the pages around what is on screen are kept
 * or asked for, the farthest from it are dropped beyond `maxPages` and read again when they are
 * scrolled back to. Pure: the viewer does the reads (use-older-lines.ts).
 */
export class LogPageCache {
  private readonly pages = new Map<number, Page>();

  constructor(
    readonly pageSize = LOG_PAGE_SIZE,
    readonly maxPages = MAX_LOG_PAGES,
  ) {}

  pageOf(line: number): number {
    return Math.floor((line - 1) / this.pageSize);
  }

  /** The lines a read of page `p` asks for. */
  rangeOf(p: number): { from: number; count: number } {
    return { from: p * this.pageSize + 1, count: this.pageSize };
  }

  /** Line `n`'s text, how it is missing, or undefined when nobody has asked for it yet. */
  line(n: number): string | MissingLine | undefined {
    const page = this.pages.get(this.pageOf(n));
    if (!page) return undefined;
    if (page.state !== 'loaded') return page;
    return page.lines[n - 1 - this.pageOf(n) * this.pageSize] ?? { state: 'failed' };
  }

  /**
   * Lines `first`…`last` (and `margin` pages either side) are wanted: the pages not held (or
   * failed) are marked loading and returned to read; beyond `maxPages` the pages farthest from
   * the wanted ones are dropped (a wanted page never is).
   */
  want(first: number, last: number, margin = 1): WantResult {
    const lo = Math.max(0, this.pageOf(first) - margin);
    const hi = this.pageOf(Math.max(first, last)) + margin;
    const fetch: number[] = [];
    for (let p = lo; p <= hi && p - lo < this.maxPages; p++) {
      const page = this.pages.get(p);
      if (!page || page.state === 'failed') {
        this.pages.set(p, { state: 'loading' });
        fetch.push(p);
      }
    }
    const dropped: number[] = [];
    if (this.pages.size > this.maxPages) {
      const distance = (p: number) => (p < lo ? lo - p : p > hi ? p - hi : 0);
      const far = [...this.pages.keys()]
        .filter((p) => distance(p) > 0)
        .sort((a, b) => distance(b) - distance(a));
      for (const p of far) {
        if (this.pages.size <= this.maxPages) break;
        this.pages.delete(p);
        dropped.push(p);
      }
    }
    return { fetch, dropped };
  }

  /** A read of page `p` answered; ignored (false) when the page was dropped meanwhile. */
  fill(p: number, lines: readonly string[]): boolean {
    if (this.pages.get(p)?.state !== 'loading') return false;
    this.pages.set(p, { state: 'loaded', lines: lines.slice(0, this.pageSize) });
    return true;
  }

  /** A read of page `p` failed: its lines say so until they are wanted again. */
  fail(p: number): void {
    if (this.pages.get(p)?.state === 'loading') this.pages.set(p, { state: 'failed' });
  }

  /** Pages held (loaded, loading or failed). */
  get size(): number {
    return this.pages.size;
  }
}
