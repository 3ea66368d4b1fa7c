import { rowOrder, type JobRow } from '../job-rows.js';
import type { JobListFilters } from '../list-filters.js';
import { listSources, type ListSource } from '../list-sources.js';
import type { Splits } from '../merge/merged-source.js';
import { mergeSources, readPage } from '../merge/open-merged.js';
import { PagedSource, type PageFetcher, type SortedSource } from '../merge/sorted-source.js';
import { withinWindow } from '../merge/time-window.js';
import { pageFetcher } from './list-pages.js';

/*
 * Where the merge runs: here, in the browser, over the BFF's existing allow-listed proxies —
 * not as a BFF endpoint. What a page costs does not depend on where the merge runs but on how
 * many sequential rounds of upstream requests it needs, and the cursors make that small:
 * - page 1 (and the first row) is ONE round: page 1 of each list in parallel, merged here; with
 *   10,000 jobs it is still two requests of `size` items (≈ one upstream call, well under 300 ms);
 * - the next page, a refresh, or a reload within the session is one more round: the split an
 *   earlier snapshot proved is checked with the page's own requests (it reads one item more on
 *   each side), never trusted blindly, so new jobs cannot make rows repeat or vanish;
 * - only a page never seen (a link to page 700) searches: O(log n) rounds of one-item requests
 *   (≈ 2·14 for 10,000 jobs; figures in the report and merge-cost.test.ts).
 * A BFF endpoint would save the browser↔BFF hop per round but needs its own contract, role
 * checks, guardrails and audit in both auth modes — all of which the proxies already enforce per
 * upstream call — and would hold list state in the BFF; the few saved milliseconds on a rare
 * deep jump do not pay for that.
 */

/** The cursors of the lists shown lately (by list identity), the hints of the next snapshot. */
const cursorMemory = new Map<string, Splits[]>();
const MEMORY_SIZE = 20;

function remember(identity: string, cursors: Splits[]): void {
  cursorMemory.delete(identity);
  cursorMemory.set(identity, cursors);
  const oldest = cursorMemory.keys().next();
  if (cursorMemory.size > MEMORY_SIZE && !oldest.done) cursorMemory.delete(oldest.value);
}

export interface JobPage {
  rows: JobRow[];
  /** Jobs matching the filters over every list that answered. */
  total: number;
  /** Jobs of this page that could not be read (left out of `rows`). */
  dropped: number;
  failedApis: ('v1' | 'v2')[];
  /** The first failure of a list (the others' rows still show). */
  error: unknown;
}

export interface LoadDeps {
  fetcher?: (source: ListSource) => PageFetcher<JobRow>;
  now?: number;
}

async function openSource(
  source: ListSource,
  filters: JobListFilters,
  fetcher: (source: ListSource) => PageFetcher<JobRow>,
): Promise<SortedSource<JobRow>> {
  const leaf = await PagedSource.open(fetcher(source), filters.size);
  if (source.api === 'v1' && source.window)
    return withinWindow(leaf, (r) => r.createTime, filters.order, source.window);
  return leaf;
}

/** Page `filters.page` of the job list: the exact slice of one order over every list. */
export async function loadJobPage(
  filters: JobListFilters,
  signal?: AbortSignal,
  deps: LoadDeps = {},
): Promise<JobPage> {
  const fetcher = deps.fetcher ?? ((s: ListSource) => pageFetcher(s, signal));
  const sources = listSources(filters, deps.now ?? Date.now());
  const opened = await Promise.allSettled(sources.map((s) => openSource(s, filters, fetcher)));
  const failed = sources.filter((_s, i) => opened[i]?.status === 'rejected');
  const firstError = opened.find((o) => o.status === 'rejected')?.reason as unknown;
  const ok = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  if (ok.length === 0) throw firstError;
  const { page: _page, size: _size, ...rest } = filters;
  const identity = JSON.stringify([rest, sources.map((_s, i) => opened[i]?.status)]);
  const snapshot = mergeSources(
    ok,
    rowOrder(filters.sort, filters.order),
    cursorMemory.get(identity),
  );
  const { items, unreadable } = await readPage(snapshot.source, filters.page, filters.size);
  remember(identity, snapshot.cursors());
  return {
    rows: items,
    total: snapshot.source.count,
    dropped: unreadable,
    failedApis: [...new Set(failed.map((s) => s.api))],
    error: firstError ?? null,
  };
}
