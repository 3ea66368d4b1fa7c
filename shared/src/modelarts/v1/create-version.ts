import { z } from 'zod';
import { description, looseInt } from './common.js';
import { safeObsPath } from '../safe-strings.js';
import { checkConfigGroups, jobConfigFields } from './job-config.js';

/**
 * `config` of `POST /v1/{project_id}/training-jobs/{job_id}/versions` (catalog §3.5): the create-job
 * config without `create_version`/`volumes`, plus `pre_version_id` (M); `train_url` is mandatory here.
 */
export const CreateVersionConfigSchema = z
  .strictObject({
    ...jobConfigFields,
    pre_version_id: z
      .number({ error: 'pre_version_id is required' })
      .int('pre_version_id must be a whole number')
      .positive('pre_version_id must be positive'),
    train_url: z.string({ error: 'train_url is required' }).pipe(safeObsPath('train_url')),
  })
  .superRefine(checkConfigGroups);
export type CreateVersionConfig = z.infer<typeof CreateVersionConfigSchema>;

export const CreateVersionRequestSchema = z.strictObject({
  job_desc: description('job_desc').optional(),
  config: CreateVersionConfigSchema,
});
export type CreateVersionRequest = z.infer<typeof CreateVersionRequestSchema>;

/** Response of create-version (no `resource_id`, catalog §3.5); ids may be numbers or strings. */
export const CreateVersionResponseSchema = z.looseObject({
  is_success: z.literal(true),
  job_id: looseInt,
  job_name: z.string(),
  status: looseInt,
  create_time: looseInt,
  version_id: looseInt,
  version_name: z.string(),
});
export type CreateVersionResponse = z.infer<typeof CreateVersionResponseSchema>;
