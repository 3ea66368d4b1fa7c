import type { AomPage } from '../../clients/modelarts-client.js';
import { findFirstPage, type AomRead } from '../log-tail/aom-first-page.js';
import { AOM_PAGE_SIZE } from '../log-tail/aom-log-source.js';

export const TRUNCATED_NOTE = '[console] download truncated: the log has too many pages';

/**
 * A v1 log file from its first line to its last, as text chunks (one aom-log page each, with its
 * newline). The first page is read before this resolves, so an upstream failure there reaches the
 * caller before it has promised a download; a later failure ends the iteration with that error.
 * More than `maxPages` pages end with TRUNCATED_NOTE.
 */
export async function openV1Log(read: AomRead, maxPages: number): Promise<AsyncGenerator<string>> {
  const first = await findFirstPage(read, AOM_PAGE_SIZE);
  return pagesFrom(first, read, maxPages);
}

async function* pagesFrom(
  first: AomPage | undefined,
  read: AomRead,
  maxPages: number,
): AsyncGenerator<string> {
  let page = first;
  for (let pages = 0; page && page.lines.length > 0; pages += 1) {
    if (pages >= maxPages) {
      yield `${TRUNCATED_NOTE}\n`;
      return;
    }
    yield `${page.lines.join('\n')}\n`;
    const base = page.endLine;
    if (!base) return;
    const next = await read({ baseLine: base, lines: AOM_PAGE_SIZE, order: 'desc' });
    // the end (an empty page echoes the cursor), or a cursor that does not move
    if (next.endLine === base) return;
    page = next;
  }
}
