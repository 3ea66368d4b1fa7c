import { afterEach, describe, expect, it, vi } from 'vitest';
import { manyTrialRows, trialsPageOf } from '../__fixtures__/search-job.js';
import { fetchAllTrials, TRIALS_MAX_PAGES, TRIALS_PAGE_SIZE } from './trials-pages.js';

const PATH = '/api/v2/training-jobs/job-1/autosearch-trials';

/** A fetch answering the trials path from `rows` by `offset`/`limit`; `total` may lie. */
function trialsFetch(rows: unknown[][], total = rows.length) {
  return vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost');
    expect(url.pathname).toBe(PATH);
    const page = trialsPageOf(
      rows,
      Number(url.searchParams.get('offset')),
      Number(url.searchParams.get('limit')),
    );
    return new Response(JSON.stringify({ ...page, total }), {
      headers: { 'Content-Type': 'application/json' },
    });
  });
}

const offsetsOf = (fetch: ReturnType<typeof trialsFetch>) =>
  fetch.mock.calls.map(([u]) => new URL(String(u), 'http://localhost').searchParams.get('offset'));

describe('fetchAllTrials', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('pages by item offset with limit 50 until total trials are loaded', async () => {
    const fetch = trialsFetch(manyTrialRows(100, 77));
    vi.stubGlobal('fetch', fetch);
    const { total, trials } = await fetchAllTrials('job-1');
    expect(total).toBe(100);
    expect(trials.map((t) => t.trialId)).toEqual(
      Array.from({ length: 100 }, (_, i) => i.toString(16).padStart(8, '0')),
    );
    expect(offsetsOf(fetch)).toEqual(['0', '50']);
    for (const [u] of fetch.mock.calls)
      expect(new URL(String(u), 'http://localhost').searchParams.get('limit')).toBe(
        String(TRIALS_PAGE_SIZE),
      );
  });

  it('asks once when the first page holds every trial', async () => {
    const fetch = trialsFetch(manyTrialRows(3, 0));
    vi.stubGlobal('fetch', fetch);
    expect((await fetchAllTrials('job-1')).trials).toHaveLength(3);
    expect(offsetsOf(fetch)).toEqual(['0']);
  });

  it('stops at an empty page even if total promises more', async () => {
    const fetch = trialsFetch(manyTrialRows(60, 0), 90);
    vi.stubGlobal('fetch', fetch);
    const { total, trials } = await fetchAllTrials('job-1');
    expect([total, trials.length]).toEqual([90, 60]);
    expect(offsetsOf(fetch)).toEqual(['0', '50', '60']);
  });

  it(`reads at most ${TRIALS_MAX_PAGES} pages`, async () => {
    const fetch = trialsFetch(manyTrialRows(300, 0));
    vi.stubGlobal('fetch', fetch);
    const { total, trials } = await fetchAllTrials('job-1');
    expect([total, trials.length]).toEqual([300, TRIALS_MAX_PAGES * TRIALS_PAGE_SIZE]);
    expect(offsetsOf(fetch)).toEqual(['0', '50', '100', '150']);
  });
});
