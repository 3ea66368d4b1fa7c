import { z } from 'zod';
import { tolerantList } from '../tolerant-list.js';
import { safeLine } from '../safe-strings.js';
import { looseNumber } from './common.js';
import { TrainingJobV2Schema } from './job.js';

export const SEARCH_FILTER_KEYS = [
  'name',
  'create_time',
  'phase',
  'algorithm_name',
  'kind',
  'user_id',
  'runtime_type',
] as const;
export const SEARCH_OPERATORS = ['between', 'like', 'in', 'not'] as const;

/** A search filter; the page marks key, operator and value optional (a filter without key is ignored). */
export const SearchFilterSchema = z.strictObject({
  key: safeLine('filters[].key', { max: 64, allowEmpty: true }).optional(),
  operator: z
    .enum(SEARCH_OPERATORS, { error: 'filters[].operator must be between, like, in or not' })
    .optional(),
  value: z
    .array(safeLine('filters[].value', { max: 256, allowEmpty: true }), {
      error: 'filters[].value must be an array of strings',
    })
    .max(100, 'filters[].value holds at most 100 values')
    .optional(),
});
export type SearchFilter = z.infer<typeof SearchFilterSchema>;

/** `POST /v2/{project_id}/training-job-searches` body (catalog §4.3); `offset` is a page index. */
export const TrainingJobSearchRequestSchema = z.strictObject({
  offset: z
    .number({ error: 'offset must be an integer' })
    .int('offset must be an integer')
    .min(0, 'offset must be at least 0')
    .optional(),
  limit: z
    .number({ error: 'limit must be an integer' })
    .int('limit must be an integer')
    .min(1, 'limit must be between 1 and 50')
    .max(50, 'limit must be between 1 and 50')
    .optional(),
  sort_by: safeLine('sort_by', { max: 64, allowEmpty: true }).optional(),
  order: z.enum(['asc', 'desc'], { error: 'order must be asc or desc' }).optional(),
  group_by: safeLine('group_by', { max: 64, allowEmpty: true }).optional(),
  filters: z.array(SearchFilterSchema).max(20, 'at most 20 filters').optional(),
});
export type TrainingJobSearchRequest = z.infer<typeof TrainingJobSearchRequestSchema>;

export const TrainingJobSearchResponseSchema = tolerantList(
  {
    total: looseNumber,
    count: looseNumber,
    limit: looseNumber.nullish(),
    offset: looseNumber.nullish(),
    sort_by: z.string().nullish(),
    order: z.string().nullish(),
    group_by: z.string().nullish(),
    workspace_id: z.string().nullish(),
    ai_project: z.string().nullish(),
  },
  'items',
  TrainingJobV2Schema,
);
export type TrainingJobSearchResponse = z.infer<typeof TrainingJobSearchResponseSchema>;
