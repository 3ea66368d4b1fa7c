import { z } from 'zod';
import { tolerantList } from '../tolerant-list.js';
import { looseInt } from './common.js';

/**
 * The query of both v1 job lists, training jobs (catalog §3.2) and visualization jobs (§3.16, "query
 * as §2.4"): the same status, paging, order, search and workspace rules; only the sort keys and the
 * default sort key differ. Query values arrive as strings.
 */
export function jobListQuerySchema<const K extends readonly [string, ...string[]]>(
  sortKeys: K,
  defaultSortBy: K[number],
) {
  return z.object({
    status: z.coerce.number().int().min(0, 'status must be a v1 status code').max(22).optional(),
    per_page: z.coerce
      .number()
      .int()
      .min(1, 'per_page must be 1–1000')
      .max(1000, 'per_page must be 1–1000')
      .default(10),
    page: z.coerce
      .number()
      .int()
      .min(1, 'page must be 1–65535')
      .max(65535, 'page must be 1–65535')
      .default(1),
    sortBy: z.enum(sortKeys).default(defaultSortBy),
    order: z.enum(['asc', 'desc']).default('asc'),
    search_content: z.string().max(64, 'search_content must be at most 64 characters').optional(),
    workspace_id: z.string().max(64).optional(),
  });
}

/** The envelope of both v1 job lists: totals, quotas and the page of jobs. */
export function jobListResponseSchema<T extends z.ZodType>(job: T) {
  return tolerantList(
    {
      is_success: z.literal(true),
      job_total_count: looseInt,
      job_count_limit: looseInt.optional(),
      quotas: looseInt.optional(),
    },
    'jobs',
    job,
  );
}
