import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  filtersToParams,
  parseFilters,
  timeWindow,
  withFilter,
} from './list-filters.js';

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
      range: 'any',
      from: '',
      to: '',
    });
  });

  it('falls back to the defaults for missing or invalid values', () => {
    expect(parseFilters(new URLSearchParams())).toEqual(DEFAULT_FILTERS);
    const filters = parseFilters(
      new URLSearchParams(
        'api=v3&status=dancing&sort=size&order=up&page=-2&size=7&mine=yes&range=year&from=x',
      ),
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

  it('keeps a time range (custom ends only with "custom") and round-trips it', () => {
    const custom = parseFilters(
      new URLSearchParams('range=custom&from=2026-12-01T08:00&to=2026-12-02T18:30'),
    );
    expect(custom).toMatchObject({
      range: 'custom',
      from: '2026-12-01T08:00',
      to: '2026-12-02T18:30',
    });
    expect(parseFilters(filtersToParams(custom))).toEqual(custom);
    expect(parseFilters(new URLSearchParams('range=day&from=2026-12-01T08:00'))).toMatchObject({
      range: 'day',
      from: '',
    });
  });

  it('sorts by name with a time range only when v1 jobs are not listed', () => {
    const params = 'range=week&sort=name&order=asc';
    expect(parseFilters(new URLSearchParams(params)).sort).toBe('create_time');
    expect(parseFilters(new URLSearchParams(`${params}&api=v2`)).sort).toBe('name');
    const byName = { ...DEFAULT_FILTERS, sort: 'name' as const };
    expect(withFilter(byName, { range: 'hour' }).sort).toBe('create_time');
  });

  it('turns a range into a creation-time window (recent ranges stay open at the top)', () => {
    const now = 1_000_000_000_000;
    expect(timeWindow({ range: 'any', from: '', to: '' }, now)).toBeNull();
    expect(timeWindow({ range: 'day', from: '', to: '' }, now)).toEqual({
      from: now - 86_400_000,
      to: null,
    });
    const custom = timeWindow({ range: 'custom', from: '', to: '2026-12-02T18:30' }, now);
    expect(custom).toEqual({ from: null, to: new Date('2026-12-02T18:30').getTime() + 59_999 });
  });
});
