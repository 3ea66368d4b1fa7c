import { z } from 'zod';
import { description, looseInt, NAME_PATTERN } from './common.js';
import { safeObsPath } from '../safe-strings.js';
import { jobListQuerySchema, jobListResponseSchema } from './job-list-schemas.js';

/** Visualization job names: 1–20 `[A-Za-z0-9_-]` (catalog §3.16). */
export const visualizationJobName = z
  .string({ error: 'job_name is required' })
  .min(1, 'job_name is required')
  .max(20, 'job_name must be at most 20 characters')
  .regex(
    NAME_PATTERN,
    'job_name may contain only letters, digits, hyphens (-) and underscores (_)',
  );

const ScheduleSchema = z.strictObject({
  type: z.literal('stop', { error: 'type must be "stop"' }),
  time_unit: z.literal('HOURS', { error: 'time_unit must be "HOURS"' }),
  duration: z
    .number({ error: 'duration is required' })
    .int('duration must be a whole number')
    .min(0, 'duration must be 0–24')
    .max(24, 'duration must be 0–24'),
});

export const VISUALIZATION_JOB_TYPES = ['TensorBoard', 'MindInsight'] as const;

/**
 * `POST /v1/{project_id}/visualization-jobs`. The table types `schedule` as an object, the page's
 * sample sends an array of one, and `job_type` in lower case: all are read.
 */
export const CreateVisualizationJobRequestSchema = z.strictObject({
  job_name: visualizationJobName,
  job_desc: description('job_desc').optional(),
  train_url: z.string({ error: 'train_url is required' }).pipe(safeObsPath('train_url')),
  job_type: z
    .string()
    .refine(
      (v) => VISUALIZATION_JOB_TYPES.some((t) => t.toLowerCase() === v.toLowerCase()),
      'job_type must be TensorBoard or MindInsight',
    )
    .optional(),
  flavor: z
    .strictObject({ code: z.string().min(1, 'flavor.code is required').max(128) })
    .optional(),
  schedule: z
    .union([ScheduleSchema, z.array(ScheduleSchema).max(1, 'at most one schedule')])
    .optional(),
  workspace_id: z.string().min(1).max(64).optional(),
});
export type CreateVisualizationJobRequest = z.infer<typeof CreateVisualizationJobRequestSchema>;

export const UpdateVisualizationJobRequestSchema = z.strictObject({
  job_desc: z.string({ error: 'job_desc is required' }).pipe(description('job_desc')),
});

export const VISUALIZATION_SORT_KEYS = [
  'job_id',
  'job_name',
  'job_desc',
  'create_time',
  'status',
] as const;

/** Query of `GET /v1/{project_id}/visualization-jobs` (catalog §3.16, §2.4). */
export const VisualizationJobListQuerySchema = jobListQuerySchema(
  VISUALIZATION_SORT_KEYS,
  'job_id',
);
export type VisualizationJobListQuery = z.input<typeof VisualizationJobListQuerySchema>;

/** A visualization job in the list and details (tolerant: ids as numbers or strings). */
export const VisualizationJobSchema = z.looseObject({
  job_id: looseInt,
  job_name: z.string(),
  job_desc: z.string().nullish(),
  status: looseInt,
  create_time: looseInt,
  duration: looseInt.nullish(),
  service_url: z.string().nullish(),
  train_url: z.string().nullish(),
  resource_id: z.string().nullish(),
  job_type: z.string().nullish(),
});
export type VisualizationJob = z.infer<typeof VisualizationJobSchema>;

export const VisualizationJobDetailsResponseSchema = VisualizationJobSchema.extend({
  is_success: z.literal(true).optional(),
});

export const VisualizationJobListResponseSchema = jobListResponseSchema(VisualizationJobSchema);
export type VisualizationJobListResponse = z.infer<typeof VisualizationJobListResponseSchema>;

export const CreateVisualizationJobResponseSchema = z.looseObject({
  is_success: z.literal(true),
  job_id: looseInt,
  job_name: z.string(),
  status: looseInt,
  create_time: looseInt,
  service_url: z.string().nullish(),
});
