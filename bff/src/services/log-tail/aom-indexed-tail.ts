import type { AomIndexCache } from '../log-read/aom-index-cache.js';
import { LogTooLongError } from '../log-read/aom-line-index.js';
import { AOM_PAGE_SIZE, findFirstPage, logChangedError, type AomRead } from './aom-first-page.js';

/**
 * A new viewer of a long v1 log gets its latest this many pages first (~10,000 lines, as v2's
 * FIRST_TAIL_BYTES): the older ones are read by number as they scroll into view (the index knows
 * where each is) and searched on the server, instead of streaming the whole log to a browser that
 * keeps 50,000 lines (1M lines: 7.6 s before the stream reached the end, `pnpm bench`).
 */
export const FIRST_TAIL_PAGES = 20;

/** Where a new viewer's stream starts: a page of the log, and the lines before it. */
export interface TailStart {
  lines: string[];
  /** Cursor of the page's last line. */
  end: string;
  /** Lines of the log before the page (0: it is the first). */
  skipped: number;
}

/**
 * The page a new viewer's stream starts with, through the logs' line indexes (the log is walked
 * the first time, from its latest page back to its first; then two reads, one when the page is in
 * the index's spool): the first of the latest `tailPages`. Undefined while the log is empty. A log
 * too long to index starts at the earliest page findFirstPage reaches, its lines counted from there.
 */
export async function indexedTailStart(
  indexes: AomIndexCache,
  key: string,
  read: AomRead,
  tailPages = FIRST_TAIL_PAGES,
): Promise<TailStart | undefined> {
  try {
    const index = await indexes.get(key, read);
    const k = Math.max(0, index.pageCount - tailPages);
    const page = index.page(k);
    if (!page) return undefined;
    const lines = await index.pageLines(read, k);
    return { lines, end: page.end, skipped: (index.firstLineOf(k) ?? 1) - 1 };
  } catch (err) {
    if (!(err instanceof LogTooLongError)) throw err;
    const first = await findFirstPage(read, AOM_PAGE_SIZE);
    return first && { lines: first.lines, end: first.endLine, skipped: 0 };
  }
}

/**
 * The start page of a stream again (evicted from the buffer): the indexed page that ends at `end`,
 * with the lines before it. The log changed upstream when no indexed page ends there.
 */
export async function indexedTailStartAgain(
  indexes: AomIndexCache,
  key: string,
  read: AomRead,
  end: string,
): Promise<TailStart> {
  const index = await indexes.get(key, read);
  const k = index.pageEndingAt(end);
  if (k === undefined) throw logChangedError();
  const lines = await index.pageLines(read, k);
  return { lines, end, skipped: (index.firstLineOf(k) ?? 1) - 1 };
}
