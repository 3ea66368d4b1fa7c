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
});

/** The list filters held in the URL's search params (`?api=v2&status=running&q=abc&page=2`). */
export function parseFilters(params: URLSearchParams): JobListFilters {
  const raw = (key: keyof JobListFilters) => params.get(key) ?? undefined;
  return FiltersSchema.parse({
    api: raw('api'),
    status: raw('status') ?? null,
    q: raw('q') ?? '',
    sort: raw('sort'),
    order: raw('order'),
    page: raw('page'),
    size: raw('size'),
    mine: raw('mine'),
  });
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
  return params;
}

/** A filter change other than paging goes back to page 1. */
export function withFilter(
  filters: JobListFilters,
  patch: Partial<JobListFilters>,
): JobListFilters {
  const next = { ...filters, ...patch };
  if (!('page' in patch)) next.page = 1;
  return next;
}
