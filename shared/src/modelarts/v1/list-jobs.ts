import { z } from 'zod';
import { looseInt } from './common.js';

export const JOB_SORT_KEYS = [
  'job_name',
  'job_desc',
  'status',
  'duration',
  'version_count',
  'create_time',
] as const;

/** Query of `GET /v1/{project_id}/training-jobs` (catalog §3.2); query values arrive as strings. */
export const TrainingJobListQuerySchema = z.object({
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
  sortBy: z.enum(JOB_SORT_KEYS).default('job_name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  search_content: z.string().max(64, 'search_content must be at most 64 characters').optional(),
  workspace_id: z.string().max(64).optional(),
});
export type TrainingJobListQuery = z.input<typeof TrainingJobListQuerySchema>;

export const TrainingJobSummarySchema = z.looseObject({
  job_id: looseInt,
  job_name: z.string(),
  version_id: looseInt.nullish(),
  status: looseInt,
  create_time: looseInt,
  duration: looseInt.nullish(),
  job_desc: z.string().nullish(),
  version_count: looseInt.optional(),
});
export type TrainingJobSummary = z.infer<typeof TrainingJobSummarySchema>;

export const TrainingJobListResponseSchema = z.looseObject({
  is_success: z.literal(true),
  job_total_count: looseInt,
  job_count_limit: looseInt.optional(),
  quotas: looseInt.optional(),
  jobs: z.array(TrainingJobSummarySchema),
});
export type TrainingJobListResponse = z.infer<typeof TrainingJobListResponseSchema>;
