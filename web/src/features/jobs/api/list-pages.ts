import { fromV1, fromV2, type JobRow } from '../job-rows.js';
import type { ListSource } from '../list-sources.js';
import type { PageFetcher } from '../merge/sorted-source.js';
import { fetchJobs } from './list-jobs.js';
import { searchV2Jobs } from './search-v2-jobs.js';

/**
 * Reads pages of one server list through the BFF's allow-listed proxies: v1 pages are
 * 1-based (`page`/`per_page`, catalog §3.2), v2 pages 0-based (`offset` is a page index,
 * `limit` ≤ 50, §4.3) — both take a page of one item, which is how the merge probes a position.
 */
export function pageFetcher(source: ListSource, signal?: AbortSignal): PageFetcher<JobRow> {
  if (source.api === 'v1')
    return async (pageIndex, perPage) => {
      const data = await fetchJobs(
        { ...source.query, page: pageIndex + 1, per_page: perPage },
        signal,
      );
      return {
        items: data.jobs.map(fromV1),
        total: data.job_total_count,
        dropped: data.dropped_items,
      };
    };
  return async (pageIndex, perPage) => {
    const data = await searchV2Jobs({ offset: pageIndex, limit: perPage, ...source.body }, signal);
    return { items: data.items.map(fromV2), total: data.count, dropped: data.dropped_items };
  };
}
