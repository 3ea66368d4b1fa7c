import { z } from 'zod';
import { description, jobName, looseInt } from './common.js';
import { checkConfigGroups, jobConfigFields, VolumeSchema } from './job-config.js';

/** `config` of `POST /v1/{project_id}/training-jobs` (catalog §3.1). */
export const CreateJobConfigSchema = z
  .strictObject({
    ...jobConfigFields,
    create_version: z.boolean().optional(),
    volumes: z.array(VolumeSchema).max(16, 'at most 16 volumes').optional(),
  })
  .superRefine(checkConfigGroups);
export type CreateJobConfig = z.infer<typeof CreateJobConfigSchema>;

export const NotificationSchema = z.strictObject({
  topic_urn: z.string().max(256),
  events: z.array(z.string()).max(32),
});

export const CreateTrainingJobRequestSchema = z.strictObject({
  job_name: jobName,
  job_desc: description('job_desc').optional(),
  workspace_id: z.string().min(1).max(64).optional(),
  config: CreateJobConfigSchema,
  notification: NotificationSchema.optional(),
});
export type CreateTrainingJobRequest = z.infer<typeof CreateTrainingJobRequestSchema>;

/** Response of create (ids arrive as numbers or strings, §7.2 #10). */
export const CreateTrainingJobResponseSchema = z.looseObject({
  is_success: z.literal(true),
  job_id: looseInt,
  job_name: z.string(),
  status: looseInt,
  create_time: looseInt,
  version_id: looseInt.nullish(),
  version_name: z.string(),
  resource_id: z.string().optional(),
});
export type CreateTrainingJobResponse = z.infer<typeof CreateTrainingJobResponseSchema>;
