import { ConsoleErrorCode } from '@console/shared';
import { ModelArtsCallError, type AomPage, type AomQuery } from '../../clients/modelarts-client.js';

/** Lines per aom-log read: the most the API gives (catalog §3.11: `lines` in [0, 500]). */
export const AOM_PAGE_SIZE = 500;

/** One aom-log read of a given log with a given token. */
export type AomRead = (q: AomQuery) => Promise<AomPage>;

/** Pages walked back at most (10 million lines at 500 a page) before the search gives up. */
const MAX_PAGES_BACK = 20_000;

/**
 * The first page of a v1 log, found the documented way (catalog §3.11: a `base_line` only ever
 * comes from a previous response; none means "the latest lines"): the latest page, then back with
 * `order=asc` from each page's `start_line` until nothing comes before. Undefined while the log is
 * empty. A log longer than {@link MAX_PAGES_BACK} pages starts at the earliest page reached.
 */
export async function findFirstPage(read: AomRead, pageSize: number): Promise<AomPage | undefined> {
  const latest = await read({ lines: pageSize });
  if (latest.lines.length === 0 || latest.startLine === '') return undefined;
  let first = latest;
  for (let i = 0; i < MAX_PAGES_BACK; i++) {
    const before = await read({ baseLine: first.startLine, lines: pageSize, order: 'asc' });
    if (before.lines.length === 0 || before.startLine === '') break;
    // a cursor that does not move back would loop forever
    if (before.startLine === first.startLine) break;
    first = before;
  }
  return first;
}

const changed = () =>
  new ModelArtsCallError(
    502,
    { error_code: ConsoleErrorCode.upstreamUnreachable, error_msg: 'The log changed upstream' },
    false,
  );

/**
 * The first `count` lines of a log, which end at cursor `to` (the log's first page, evicted from
 * the buffer). Only documented cursors are used: the `count` lines before the line after `to`
 * (`asc`), or — when `to` is the last line — the latest `count` lines.
 */
export async function rereadFirstPage(read: AomRead, to: string, count: number): Promise<string[]> {
  const next = await read({ baseLine: to, lines: 1, order: 'desc' });
  const page =
    next.lines.length > 0 && next.startLine !== '' && next.startLine !== to
      ? await read({ baseLine: next.startLine, lines: count, order: 'asc' })
      : await read({ lines: count });
  if (page.endLine !== to || page.lines.length !== count) throw changed();
  return page.lines;
}

export { changed as logChangedError };
