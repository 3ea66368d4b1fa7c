import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, filtersToParams, parseFilters, withFilter } from './list-filters.js';

describe('list filters in the URL', () => {
  it('reads every filter from the search params', () => {
    const filters = parseFilters(
      new URLSearchParams(
        'api=v2&status=running&q=%20mnist%20&sort=name&order=asc&page=3&size=20&mine=1',
      ),
    );
    expect(filters).toEqual({
      api: 'v2',
      status: 'running',
      q: 'mnist',
      sort: 'name',
      order: 'asc',
      page: 3,
      size: 20,
      mine: true,
    });
  });

  it('falls back to the defaults for missing or invalid values', () => {
    expect(parseFilters(new URLSearchParams())).toEqual(DEFAULT_FILTERS);
    const filters = parseFilters(
      new URLSearchParams('api=v3&status=dancing&sort=size&order=up&page=-2&size=7&mine=yes'),
    );
    expect(filters).toEqual(DEFAULT_FILTERS);
  });

  it('writes only what differs from the defaults and round-trips', () => {
    expect(filtersToParams(DEFAULT_FILTERS).toString()).toBe('');
    const filters = { ...DEFAULT_FILTERS, api: 'v1' as const, status: 'failed' as const, page: 2 };
    const params = filtersToParams(filters);
    expect(params.toString()).toBe('api=v1&status=failed&page=2');
    expect(parseFilters(params)).toEqual(filters);
  });

  it('goes back to page 1 when a filter changes, not when paging', () => {
    const onPage3 = { ...DEFAULT_FILTERS, page: 3 };
    expect(withFilter(onPage3, { q: 'abc' }).page).toBe(1);
    expect(withFilter(onPage3, { page: 4 }).page).toBe(4);
  });
});
