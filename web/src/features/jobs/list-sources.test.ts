import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './list-filters.js';
import { listSources, v2PhasesOf, v2SearchBody } from './list-sources.js';

const NOW = Date.UTC(2026, 11, 6, 12);

describe('list sources', () => {
  it('reads both APIs sorted the same way for "All" (the merge pages them)', () => {
    expect(listSources(DEFAULT_FILTERS, NOW)).toEqual([
      { api: 'v1', query: { sortBy: 'create_time', order: 'desc' }, window: null },
      { api: 'v2', body: { sort_by: 'create_time', order: 'desc' } },
    ]);
  });

  it('maps the filters to the v2 search body (name like, phase in, sort)', () => {
    const body = v2SearchBody({
      ...DEFAULT_FILTERS,
      api: 'v2',
      q: 'mnist',
      status: 'failed',
      sort: 'name',
      order: 'asc',
    });
    expect(body).toEqual({
      sort_by: 'name',
      order: 'asc',
      filters: [
        { key: 'name', operator: 'like', value: ['mnist'] },
        { key: 'phase', operator: 'in', value: ['Failed', 'Abnormal'] },
      ],
    });
  });

  it('asks v2 for a time range; v1 (which cannot filter by time) gets the window to cut', () => {
    const [v1, v2] = listSources({ ...DEFAULT_FILTERS, range: 'hour' }, NOW);
    const from = NOW - 3_600_000;
    expect(v1).toEqual({
      api: 'v1',
      query: { sortBy: 'create_time', order: 'desc' },
      window: { from, to: null },
    });
    expect(v2).toMatchObject({
      body: { filters: [{ key: 'create_time', operator: 'between', value: [String(from), ''] }] },
    });
  });

  it('maps a status bucket to v1 codes (one list each) and v2 phases', () => {
    const sources = listSources({ ...DEFAULT_FILTERS, api: 'v1', status: 'pending', q: 'x' }, NOW);
    expect(sources.map((s) => (s.api === 'v1' ? s.query.status : null))).toEqual([1, 7]);
    expect(sources[0]).toMatchObject({ query: { search_content: 'x', sortBy: 'create_time' } });
    expect(v2PhasesOf('pending')).toEqual(['Creating', 'Pending']);
    expect(v2PhasesOf('stopped')).toEqual(['Terminated']);
  });

  it('asks only v2 when filtered to v2', () => {
    expect(listSources({ ...DEFAULT_FILTERS, api: 'v2' }, NOW).map((s) => s.api)).toEqual(['v2']);
  });
});
