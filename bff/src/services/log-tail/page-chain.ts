/** One upstream aom-log page as the shared poller read it: `(from, to]` in cursor terms. */
export interface ChainPage {
  /** The base_line the page was read with (the previous page's `to`, or the chain's root). */
  from: string;
  /** end_line: cursor of the page's last line; the SSE `id` of the page. */
  to: string;
  /** Upstream line count, so an evicted page can be re-read exactly (base_line=from, lines=count). */
  count: number;
  /** The lines; undefined once evicted from the bounded buffer. */
  lines: string[] | undefined;
}

/**
 * The contiguous chain of pages read by one poller. Cursors are opaque: no arithmetic, no ordering,
 * only equality with page boundaries. Page metadata is kept for the poller's life (a few dozen bytes
 * per page) so every id ever sent stays resumable; line content is bounded to `maxLines`.
 */
export class PageChain {
  private readonly pages: ChainPage[] = [];
  private readonly indexByFrom = new Map<string, number>();
  private bufferedLines = 0;
  private oldestBuffered = 0;

  constructor(
    readonly root: string,
    private readonly maxLines = 20_000,
  ) {}

  get length(): number {
    return this.pages.length;
  }

  /** The cursor the next read starts from. */
  get head(): string {
    return this.pages.at(-1)?.to ?? this.root;
  }

  page(index: number): ChainPage {
    const p = this.pages[index];
    if (!p) throw new RangeError(`no page ${index}`);
    return p;
  }

  /** The index of the first page after `cursor`, or undefined when `cursor` is not a boundary. */
  indexAfter(cursor: string): number | undefined {
    if (cursor === this.head) return this.pages.length;
    return this.indexByFrom.get(cursor);
  }

  append(page: { to: string; count: number; lines: string[] }): void {
    const from = this.head;
    this.indexByFrom.set(from, this.pages.length);
    this.pages.push({ from, to: page.to, count: page.count, lines: page.lines });
    this.bufferedLines += page.lines.length;
    this.evict();
  }

  private evict(): void {
    while (this.bufferedLines > this.maxLines && this.oldestBuffered < this.pages.length - 1) {
      const p = this.pages[this.oldestBuffered++];
      if (p?.lines) {
        this.bufferedLines -= p.lines.length;
        p.lines = undefined;
      }
    }
  }
}
