import { findFirstPage, type AomRead } from '../log-tail/aom-first-page.js';
import { AOM_PAGE_SIZE } from '../log-tail/aom-log-source.js';

/** The log is longer than a diagnosis may walk back through to find its first line. */
export class PageCapReached extends Error {}

export interface V1Pages {
  chunks: AsyncGenerator<string>;
  /** Set when the page budget ended the read before the log did. */
  readonly cut: boolean;
}

/**
 * A v1 log from its first line, page by page (the reads the live tail and the download make:
 * the first page found from the latest one backwards, then `order=desc` from each page's end),
 * within `maxReads` aom-log reads in all. A log whose first page lies further back than the
 * budget rejects with PageCapReached; the forward read just stops (`cut`).
 */
export async function openV1Pages(read: AomRead, maxReads: number): Promise<V1Pages> {
  let reads = 0;
  const counted: AomRead = (q) => {
    reads += 1;
    if (reads > maxReads) return Promise.reject(new PageCapReached());
    return read(q);
  };
  const first = await findFirstPage(counted, AOM_PAGE_SIZE);
  const state = { cut: false };
  async function* pages(): AsyncGenerator<string> {
    let page = first;
    while (page && page.lines.length > 0) {
      yield `${page.lines.join('\n')}\n`;
      const base = page.endLine;
      if (!base) return;
      if (reads >= maxReads) {
        state.cut = true;
        return;
      }
      const next = await counted({ baseLine: base, lines: AOM_PAGE_SIZE, order: 'desc' });
      if (next.endLine === base || next.lines.length === 0) return;
      page = next;
    }
  }
  return {
    chunks: pages(),
    get cut() {
      return state.cut;
    },
  };
}
