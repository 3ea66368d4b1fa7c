import type { AomPage } from '../../clients/modelarts-client.js';
import type { AomIndexCache } from '../log-read/aom-index-cache.js';
import { LogTooLongError } from '../log-read/aom-line-index.js';
import { AOM_PAGE_SIZE, findFirstPage, type AomRead } from './aom-first-page.js';

/**
 * The first page of a v1 log through the logs' line indexes: the same walk back as
 * findFirstPage the first time (its cursors then kept for the lines endpoint and the search), and
 * two reads once the log is indexed (what it wrote since, and its first page; one when the page is
 * in the index's spool). A log too long to
 * index starts at the earliest page findFirstPage reaches, as before.
 */
export async function indexedFirstPage(
  indexes: AomIndexCache,
  key: string,
  read: AomRead,
): Promise<AomPage | undefined> {
  try {
    const index = await indexes.get(key, read);
    const first = index.page(0);
    if (!first) return undefined;
    const lines = await index.pageLines(read, 0);
    return { lines, count: lines.length, startLine: first.start, endLine: first.end };
  } catch (err) {
    if (err instanceof LogTooLongError) return findFirstPage(read, AOM_PAGE_SIZE);
    throw err;
  }
}
