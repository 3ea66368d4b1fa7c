import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './list-filters.js';
import { listSources, v2PhasesOf, v2SearchBody } from './list-sources.js';

describe('list sources', () => {
  it('asks one page of each API for "All"', () => {
    expect(listSources(DEFAULT_FILTERS)).toEqual([
      {
        api: 'v1',
        query: { page: 1, per_page: 10, sortBy: 'create_time', order: 'desc' },
      },
      { api: 'v2', body: { offset: 0, limit: 10, sort_by: 'create_time', order: 'desc' } },
    ]);
  });

  it('maps the filters to the v2 search body (name like, phase in, sort, page index)', () => {
    const body = v2SearchBody({
      ...DEFAULT_FILTERS,
      api: 'v2',
      q: 'mnist',
      status: 'failed',
      sort: 'name',
      order: 'asc',
      page: 3,
      size: 20,
    });
    expect(body).toEqual({
      offset: 2,
      limit: 20,
      sort_by: 'name',
      order: 'asc',
      filters: [
        { key: 'name', operator: 'like', value: ['mnist'] },
        { key: 'phase', operator: 'in', value: ['Failed', 'Abnormal'] },
      ],
    });
  });

  it('maps a status bucket to v1 codes (one request each) and v2 phases', () => {
    const sources = listSources({ ...DEFAULT_FILTERS, api: 'v1', status: 'pending', q: 'x' });
    expect(sources.map((s) => (s.api === 'v1' ? s.query.status : null))).toEqual([1, 7]);
    expect(sources[0]).toMatchObject({ query: { search_content: 'x', sortBy: 'create_time' } });
    expect(v2PhasesOf('pending')).toEqual(['Creating', 'Pending']);
    expect(v2PhasesOf('stopped')).toEqual(['Terminated']);
  });

  it('asks only v2 when filtered to v2', () => {
    expect(listSources({ ...DEFAULT_FILTERS, api: 'v2' }).map((s) => s.api)).toEqual(['v2']);
  });
});
