import type { AomRead } from '../log-tail/aom-first-page.js';
import { pageText, type AomLineIndex } from './aom-line-index.js';

/** Reads at once ahead of the one being searched (upstream pages, or runs of spooled pages). */
const AHEAD = 6;
/** Spooled pages read in one local read at most, and their bytes (a page is read whole). */
const RUN = 32;
const RUN_BYTES = 2 * 1024 * 1024;

/**
 * A v1 log from its first line as text chunks (one aom-log page each), read through its line
 * index: the cursors are known, so `AHEAD` pages are read at once instead of one after another,
 * and pages the index's spool holds are read from it, a run of them in one local read (the text
 * is the same: what the walk read with the same cursors). At most `maxPages` pages: beyond them
 * the iteration ends and `state.cut` says so.
 */
export async function* indexedPages(
  index: AomLineIndex,
  read: AomRead,
  maxPages: number,
  state: { cut: boolean },
): AsyncGenerator<string> {
  const n = Math.min(index.pageCount, maxPages);
  const inFlight: Promise<string[]>[] = [];
  let next = 0;
  while (next < n || inFlight.length > 0) {
    while (next < n && inFlight.length < AHEAD) {
      const k0 = next;
      // a run of spooled pages: `AHEAD` runs of at most RUN_BYTES (or one page) in memory at once
      for (let bytes = 0; next < n && next - k0 < RUN && index.isSpooled(next); next++) {
        bytes += index.spooledBytes(next);
        if (bytes > RUN_BYTES && next > k0) break;
      }
      if (next === k0) next++;
      const texts = readRun(index, read, k0, next - 1);
      // a read left behind when the search stops early must not be an unhandled rejection
      texts.catch(() => undefined);
      inFlight.push(texts);
    }
    for (const text of await inFlight.shift()!) yield text;
  }
  if (index.pageCount > maxPages) state.cut = true;
}

/** Pages k0…k1: from the spool when it holds them all, else from the upstream. */
async function readRun(index: AomLineIndex, read: AomRead, k0: number, k1: number) {
  const local = await index.spooled(k0, k1);
  if (local) return local;
  // not spooled (or the spool failed under the search): one upstream read per page, as without a
  // spool, `AHEAD` at once
  const texts: string[] = [];
  for (let k = k0; k <= k1; k += AHEAD) {
    const ks = Array.from({ length: Math.min(AHEAD, k1 - k + 1) }, (_, i) => k + i);
    for (const lines of await Promise.all(ks.map((j) => index.readPage(read, j))))
      texts.push(pageText(lines));
  }
  return texts;
}
