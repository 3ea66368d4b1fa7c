import {
  AutosearchTrialsResponseSchema,
  trialRows,
  type TrialRow,
  v2Endpoints,
} from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { apiPath } from '../../../lib/api-path.js';

/** The largest page of trials the sample shows (catalog §4.15 `limit`). */
export const TRIALS_PAGE_SIZE = 50;
/** A search runs at most 100 trials; 4 pages leave room and bound a misbehaving upstream. */
export const TRIALS_MAX_PAGES = 4;

export interface TrialsList {
  /** Trials the upstream says the search has. */
  total: number;
  /** The trials loaded, in the upstream's order. */
  trials: TrialRow[];
}

/**
 * `GET …/autosearch-trials` page by page (`offset` is an item offset, as the emulator reads it)
 * until `total` trials are loaded, a page comes back empty, or {@link TRIALS_MAX_PAGES} were read.
 */
export async function fetchAllTrials(jobId: string, signal?: AbortSignal): Promise<TrialsList> {
  const trials: TrialRow[] = [];
  let total = 0;
  for (let page = 0; page < TRIALS_MAX_PAGES; page++) {
    const res = await apiRequest(apiPath(v2Endpoints.searchTrials, { job_id: jobId }), {
      query: { offset: trials.length, limit: TRIALS_PAGE_SIZE },
      schema: AutosearchTrialsResponseSchema,
      signal,
    });
    total = res.total;
    // Each page is read with its own header, so a page whose columns differ still reads right.
    const rows = trialRows(res.items);
    trials.push(...rows);
    if (rows.length === 0 || trials.length >= total) break;
  }
  return { total, trials };
}
