import type { AomPage } from '../../clients/modelarts-client.js';
import { AOM_PAGE_SIZE, logChangedError, type AomRead } from '../log-tail/aom-first-page.js';
import type { PageSpool, SpoolExtent } from './page-spool.js';

/** One page of a v1 log as aom-log returned it: the cursors of its first and last line. */
interface IndexedPage {
  start: string;
  end: string;
  count: number;
}

/** The log has more pages than the index walks back through to find its first line. */
export class LogTooLongError extends Error {}

/**
 * Where every line of a v1 log is (catalog §3.11, REST page "Querying Training Job Logs"):
 * aom-log takes a `base_line` only "obtained from an API response", gives the latest lines without
 * one and at most 500 lines a read, so neither the first line nor line N can be asked for
 * directly. The index walks the log once, from the latest page back (`order=asc` from each page's
 * `start_line`) to the first, and keeps each page's two cursors (no text: ~100 bytes a page);
 * from then on line N is one read away (`order=desc` from the end of the page before it, `lines`
 * = the page's size), and the log's growth is read on from its last cursor. With a spool, the
 * text of every page the walk and the growth read is also kept in a local file (page-spool.ts),
 * so reading pages again is a local read, not an upstream one (`spooled`).
 */
export class AomLineIndex {
  private pages: IndexedPage[] = [];
  /** starts[k]: the number of page k's first line. */
  private starts: number[] = [];
  /** extents[k]: where page k's text is in the spool (undefined: not spooled). */
  private extents: (SpoolExtent | undefined)[] = [];
  private growing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly maxPages: number,
    private readonly spool?: PageSpool,
  ) {}

  /** Lines the index knows of. */
  get total(): number {
    const last = this.pages.length - 1;
    return last < 0 ? 0 : (this.starts[last] ?? 1) + (this.pages[last]?.count ?? 0) - 1;
  }

  /** Page k's cursors and size. */
  page(k: number): { start: string; end: string; count: number } | undefined {
    return this.pages[k];
  }

  get pageCount(): number {
    return this.pages.length;
  }

  /** The number in the log of page k's first line (undefined past the index). */
  firstLineOf(k: number): number | undefined {
    return this.starts[k];
  }

  /** The page whose last line has cursor `end` (searched from the latest: tails are read most). */
  pageEndingAt(end: string): number | undefined {
    for (let k = this.pages.length - 1; k >= 0; k--) if (this.pages[k]?.end === end) return k;
    return undefined;
  }

  /**
   * Walks `read`'s log from its latest page to its first (one read per 500 lines); `onLatest`
   * gets the latest page's lines as soon as they are read (what a viewer sees while the walk goes).
   */
  static async build(
    read: AomRead,
    maxPages = 20_000,
    spool?: PageSpool,
    onLatest?: (lines: string[]) => void,
  ): Promise<AomLineIndex> {
    const index = new AomLineIndex(maxPages, spool);
    const latest = await read({ lines: AOM_PAGE_SIZE });
    onLatest?.(latest.lines);
    if (latest.lines.length === 0 || latest.startLine === '') return index;
    const back: IndexedPage[] = [pageOf(latest)];
    const kept = [spool?.append(pageText(latest.lines))];
    for (;;) {
      const first = back[back.length - 1]!;
      const before = await read({ baseLine: first.start, lines: AOM_PAGE_SIZE, order: 'asc' });
      if (before.lines.length === 0 || before.startLine === '' || before.startLine === first.start)
        break;
      if (back.length >= maxPages) throw new LogTooLongError();
      back.push(pageOf(before));
      kept.push(spool?.append(pageText(before.lines)));
    }
    for (let k = back.length - 1; k >= 0; k--) index.push(back[k]!, kept[k]);
    return index;
  }

  private push(p: IndexedPage, extent: SpoolExtent | undefined): void {
    this.starts.push(this.total + 1);
    this.pages.push(p);
    this.extents.push(extent);
  }

  /** Reads on from the last cursor (lines the log has written since). One read when none. */
  extend(read: AomRead): Promise<void> {
    // a failed read (a refused token, the upstream away) does not stop the next caller's
    this.growing = this.growing
      .catch(() => undefined)
      .then(async () => {
        for (let last = this.pages.at(-1); last && this.pages.length < this.maxPages;) {
          const next = await read({ baseLine: last.end, lines: AOM_PAGE_SIZE, order: 'desc' });
          if (next.lines.length === 0 || next.endLine === '' || next.endLine === last.end) return;
          this.push(pageOf(next), this.spool?.append(pageText(next.lines)));
          if (next.lines.length < AOM_PAGE_SIZE) return;
          last = this.pages.at(-1);
        }
      });
    return this.growing;
  }

  /**
   * Whether page k is read from the spool: spooled, and final — a page before the last, or a full
   * last one (the last page of a growing log is read from the upstream, as without a spool).
   */
  isSpooled(k: number): boolean {
    const page = this.pages[k];
    if (!page || !this.extents[k] || !this.spool?.usable) return false;
    return k < this.pages.length - 1 || page.count === AOM_PAGE_SIZE;
  }

  /** Bytes of page k's text in the spool (0: not spooled). */
  spooledBytes(k: number): number {
    return this.isSpooled(k) ? (this.extents[k]?.length ?? 0) : 0;
  }

  /** Pages k0…k1's texts (as `pageText`) from the spool; undefined when any is not there. */
  async spooled(k0: number, k1: number): Promise<string[] | undefined> {
    const extents: SpoolExtent[] = [];
    for (let k = k0; k <= k1; k++) {
      const e = this.extents[k];
      if (!this.isSpooled(k) || !e) return undefined;
      extents.push(e);
    }
    return this.spool?.read(extents);
  }

  /** The page holding line `n` (binary search over the first line numbers). */
  private pageAt(n: number): number {
    let lo = 0;
    let hi = this.pages.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= n) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Page k's lines, read again with the cursors the walk kept (checked: the log may change). The
   * only page of a one-page index is also the log's latest, which moves on while the log grows:
   * then the index learns what the log wrote since, and the page is read from the cursor after it.
   */
  async readPage(read: AomRead, k: number): Promise<string[]> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const got = await this.readOnce(read, k);
      if (got) return got;
      // a page before the last changed for good; the latest moved on: learn the growth, read again
      if (k > 0 || this.pages.length > 1) break;
      await this.extend(read);
    }
    throw logChangedError();
  }

  /** Page k's lines from the spool when it holds them (final), else read again as `readPage`. */
  async pageLines(read: AomRead, k: number): Promise<string[]> {
    const text = (await this.spooled(k, k))?.[0];
    const lines = text === undefined ? undefined : linesOf(text, this.pages[k]!.count);
    return lines ?? this.readPage(read, k);
  }

  private async readOnce(read: AomRead, k: number): Promise<string[] | undefined> {
    const page = this.pages[k]!;
    let got: AomPage;
    if (k > 0) {
      got = await read({ baseLine: this.pages[k - 1]!.end, lines: page.count, order: 'desc' });
    } else if (this.pages.length > 1) {
      got = await read({ baseLine: this.pages[1]!.start, lines: page.count, order: 'asc' });
    } else {
      got = await read({ lines: page.count });
    }
    return got.startLine === page.start && got.endLine === page.end ? got.lines : undefined;
  }

  /** Lines `from`…`from + count - 1` of those the index knows (fewer past its end). */
  async lines(read: AomRead, from: number, count: number): Promise<string[]> {
    const last = Math.min(this.total, from + count - 1);
    if (from > last) return [];
    const k0 = this.pageAt(from);
    const k1 = this.pageAt(last);
    const ks = Array.from({ length: k1 - k0 + 1 }, (_, i) => k0 + i);
    const local = await this.spooled(k0, k1);
    const fromSpool = local?.map((text, i) => linesOf(text, this.pages[k0 + i]!.count));
    const pages = fromSpool?.every((p): p is string[] => p !== undefined)
      ? fromSpool
      : await Promise.all(ks.map((k) => this.readPage(read, k)));
    const joined = pages.flat();
    const skip = from - (this.starts[k0] ?? 1);
    return joined.slice(skip, skip + (last - from + 1));
  }
}

/** A page's lines as one text, each line ended by a newline (what a search reads). */
export function pageText(lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}

/** A page text's lines; undefined when they are not `count` (a line held a newline of its own). */
function linesOf(text: string, count: number): string[] | undefined {
  const lines = text.slice(0, -1).split('\n');
  return lines.length === count ? lines : undefined;
}

function pageOf(p: AomPage): IndexedPage {
  return { start: p.startLine, end: p.endLine, count: p.lines.length };
}
