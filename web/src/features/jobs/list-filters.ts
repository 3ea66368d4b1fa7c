import { z } from 'zod';

/** Which API's jobs the list shows. */
export const API_FILTERS = ['all', 'v1', 'v2'] as const;
export type ApiFilter = (typeof API_FILTERS)[number];

/** Status filter values: the shared status buckets both APIs map into. */
export const STATUS_FILTERS = [
  'pending',
  'running',
  'stopping',
  'succeeded',
  'failed',
  'stopped',
] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const SORT_FIELDS = ['create_time', 'name'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export const PAGE_SIZES = [10, 20, 50] as const;

/** Created within: the last hour, day or week, or between two chosen times. */
export const TIME_RANGES = ['any', 'hour', 'day', 'week', 'custom'] as const;
export type TimeRange = (typeof TIME_RANGES)[number];

/** A time as the browser's date-time input gives it (local time, to the minute). */
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export interface JobListFilters {
  api: ApiFilter;
  status: StatusFilter | null;
  /** Name search ("" = none). */
  q: string;
  sort: SortField;
  order: 'asc' | 'desc';
  /** 1-based page. */
  page: number;
  size: number;
  /** Only my v2 jobs (started through this console; team portal). */
  mine: boolean;
  range: TimeRange;
  /** Custom range ends, local `YYYY-MM-DDTHH:mm` ("" = open). */
  from: string;
  to: string;
}

export const DEFAULT_FILTERS: JobListFilters = {
  api: 'all',
  status: null,
  q: '',
  sort: 'create_time',
  order: 'desc',
  page: 1,
  size: 10,
  mine: false,
  range: 'any',
  from: '',
  to: '',
};

/** Each field falls back to its default when the URL holds something else (old links, typos). */
const FiltersSchema = z.object({
  api: z.enum(API_FILTERS).catch(DEFAULT_FILTERS.api),
  status: z.enum(STATUS_FILTERS).nullable().catch(null),
  q: z.string().trim().max(64).catch(''),
  sort: z.enum(SORT_FIELDS).catch(DEFAULT_FILTERS.sort),
  order: z.enum(['asc', 'desc']).catch(DEFAULT_FILTERS.order),
  page: z.coerce.number().int().min(1).max(65535).catch(1),
  size: z.coerce
    .number()
    .int()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .catch(DEFAULT_FILTERS.size),
  mine: z
    .literal('1')
    .transform(() => true)
    .catch(false),
  range: z.enum(TIME_RANGES).catch(DEFAULT_FILTERS.range),
  from: z.string().regex(LOCAL_TIME).catch(''),
  to: z.string().regex(LOCAL_TIME).catch(''),
});

/**
 * Whether the list can be sorted by name: the v1 list cannot filter by time, so a time range
 * over v1 jobs is cut out of the list sorted by creation time, which rules out another order.
 */
export function canSortByName(filters: Pick<JobListFilters, 'api' | 'range'>): boolean {
  return filters.range === 'any' || filters.api === 'v2';
}

/** Drops what the other fields make meaningless (custom ends without "custom", a name sort). */
function normalise(filters: JobListFilters): JobListFilters {
  const next = { ...filters };
  if (next.range !== 'custom') {
    next.from = '';
    next.to = '';
  }
  if (next.sort === 'name' && !canSortByName(next)) next.sort = 'create_time';
  return next;
}

/** The list filters held in the URL's search params (`?api=v2&status=running&q=abc&page=2`). */
export function parseFilters(params: URLSearchParams): JobListFilters {
  const raw = (key: keyof JobListFilters) => params.get(key) ?? undefined;
  const parsed = FiltersSchema.parse({
    api: raw('api'),
    status: raw('status') ?? null,
    q: raw('q') ?? '',
    sort: raw('sort'),
    order: raw('order'),
    page: raw('page'),
    size: raw('size'),
    mine: raw('mine'),
    range: raw('range'),
    from: raw('from'),
    to: raw('to'),
  });
  return normalise(parsed);
}

/** Search params for `filters`; defaults are left out so the plain list keeps a clean `/jobs`. */
export function filtersToParams(filters: JobListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.api !== DEFAULT_FILTERS.api) params.set('api', filters.api);
  if (filters.status) params.set('status', filters.status);
  if (filters.q) params.set('q', filters.q);
  if (filters.sort !== DEFAULT_FILTERS.sort) params.set('sort', filters.sort);
  if (filters.order !== DEFAULT_FILTERS.order) params.set('order', filters.order);
  if (filters.page !== 1) params.set('page', String(filters.page));
  if (filters.size !== DEFAULT_FILTERS.size) params.set('size', String(filters.size));
  if (filters.mine) params.set('mine', '1');
  if (filters.range !== 'any') params.set('range', filters.range);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  return params;
}

/** A filter change other than paging goes back to page 1. */
export function withFilter(
  filters: JobListFilters,
  patch: Partial<JobListFilters>,
): JobListFilters {
  const next = normalise({ ...filters, ...patch });
  if (!('page' in patch)) next.page = 1;
  return next;
}

const HOUR = 3_600_000;
const RANGE_MS: Record<'hour' | 'day' | 'week', number> = {
  hour: HOUR,
  day: 24 * HOUR,
  week: 7 * 24 * HOUR,
};

/**
 * The creation-time window of the filters at `now` (epoch ms, ends included; null = open), or
 * null for any time. A recent range has no upper end: a job the server stamped a little ahead of
 * the browser's clock is still listed.
 */
export function timeWindow(
  filters: Pick<JobListFilters, 'range' | 'from' | 'to'>,
  now: number,
): { from: number | null; to: number | null } | null {
  if (filters.range === 'any') return null;
  if (filters.range !== 'custom') return { from: now - RANGE_MS[filters.range], to: null };
  const ms = (local: string) => (local ? new Date(local).getTime() : null);
  const to = ms(filters.to);
  // the chosen minute is included up to its last millisecond
  return { from: ms(filters.from), to: to === null ? null : to + 59_999 };
}
