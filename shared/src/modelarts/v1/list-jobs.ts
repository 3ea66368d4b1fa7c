import { z } from 'zod';
import { looseInt } from './common.js';
import { jobListQuerySchema, jobListResponseSchema } from './job-list-schemas.js';

export const JOB_SORT_KEYS = [
  'job_name',
  'job_desc',
  'status',
  'duration',
  'version_count',
  'create_time',
] as const;

/** Query of `GET /v1/{project_id}/training-jobs` (catalog §3.2); query values arrive as strings. */
export const TrainingJobListQuerySchema = jobListQuerySchema(JOB_SORT_KEYS, 'job_name');
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

export const TrainingJobListResponseSchema = jobListResponseSchema(TrainingJobSummarySchema);
export type TrainingJobListResponse = z.infer<typeof TrainingJobListResponseSchema>;
