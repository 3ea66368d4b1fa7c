import type { AomRead } from '../log-tail/aom-first-page.js';
import type { AomLineIndex } from './aom-line-index.js';

/** Pages read ahead of the one being searched (reads at once against the upstream). */
const AHEAD = 6;

/**
 * A v1 log from its first line as text chunks (one aom-log page each), read through its line
 * index: the cursors are known, so `AHEAD` pages are read at once instead of one after another.
 * At most `maxPages` pages: beyond them the iteration ends and `state.cut` says so.
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
  for (let k = 0; k < n; k++) {
    while (next < n && next < k + AHEAD) {
      const page = index.readPage(read, next++);
      // a read left behind when the search stops early must not be an unhandled rejection
      page.catch(() => undefined);
      inFlight.push(page);
    }
    const lines = await inFlight.shift()!;
    yield `${lines.join('\n')}\n`;
  }
  if (index.pageCount > maxPages) state.cut = true;
}
