import { z } from 'zod';
import { description, looseInt, looseString, NAME_PATTERN } from './common.js';
import { checkConfigGroups, jobConfigFields, VolumeSchema } from './job-config.js';

/** REST page: 1–64; SDK pages (seeds 000/001): 1–20. The API accepts 64, the console enforces 20 (§7.3 #25). */
export const CONFIG_NAME_MAX = 64;
export const CONFIG_NAME_UI_MAX = 20;

export const configName = (max: number = CONFIG_NAME_MAX) =>
  z
    .string({ error: 'config_name is required' })
    .min(1) // its message: the schema's own (config_name is required)
    .max(max, `config_name must be at most ${max} characters`)
    .regex(
      NAME_PATTERN,
      'config_name may contain only letters, digits, hyphens (-) and underscores (_)',
    );

const configBody = {
  config_desc: description('config_desc').optional(),
  ...jobConfigFields,
  volumes: z.array(VolumeSchema).max(16, 'at most 16 volumes').optional(),
};

/** `POST /v1/{project_id}/training-job-configs` (catalog §3.15a); same groups as a job config. */
export const CreateJobConfigRequestSchema = z
  .strictObject({ config_name: configName(), ...configBody })
  .superRefine(checkConfigGroups);
export type CreateJobConfigRequest = z.infer<typeof CreateJobConfigRequestSchema>;

/** `PUT /v1/{project_id}/training-job-configs/{config_name}` (§3.15d): the name is in the path. */
export const UpdateJobConfigRequestSchema = z
  .strictObject(configBody)
  .superRefine(checkConfigGroups);
export type UpdateJobConfigRequest = z.infer<typeof UpdateJobConfigRequestSchema>;

export const JOB_CONFIG_SORT_KEYS = ['config_name', 'config_desc', 'create_time'] as const;
export const JOB_CONFIG_TYPES = ['custom', 'sample'] as const;

/** Query of `GET /v1/{project_id}/training-job-configs` (§3.15b). */
export const JobConfigListQuerySchema = z
  .object({
    per_page: z.coerce
      .number()
      .int('per_page must be a whole number')
      .min(1, 'per_page must be 1–1000')
      .max(1000, 'per_page must be 1–1000')
      .default(10),
    page: z.coerce
      .number()
      .int('page must be a whole number')
      .min(1, 'page must be at least 1')
      .default(1),
    sortBy: z.enum(JOB_CONFIG_SORT_KEYS).default('config_name'),
    order: z.enum(['asc', 'desc']).default('desc'),
    search_content: z.string().max(64, 'search_content must be at most 64 characters').optional(),
    config_type: z.enum(JOB_CONFIG_TYPES).default('custom'),
  })
  .superRefine((q, ctx) => {
    if (q.config_type === 'sample' && q.sortBy === 'create_time')
      ctx.addIssue({
        code: 'custom',
        path: ['sortBy'],
        message: 'sortBy=create_time is not allowed with config_type=sample',
      });
  });
export type JobConfigListQuery = z.input<typeof JobConfigListQuerySchema>;

/** Query of config details (§3.15c). */
export const JobConfigTypeQuerySchema = z.object({
  config_type: z.enum(JOB_CONFIG_TYPES).default('custom'),
});

const optStr = z.string().nullish();
const optNum = looseInt.nullish();

export const JobConfigSummarySchema = z.looseObject({
  config_name: z.string(),
  config_desc: optStr,
  create_time: optNum,
  engine_type: optNum,
  engine_name: optStr,
  engine_id: optNum,
  engine_version: optStr,
  user_image_url: optStr,
  user_command: optStr,
});
export type JobConfigSummary = z.infer<typeof JobConfigSummarySchema>;

export const JobConfigListResponseSchema = z.looseObject({
  is_success: z.literal(true),
  config_total_count: looseInt,
  configs: z.array(JobConfigSummarySchema),
});
export type JobConfigListResponse = z.infer<typeof JobConfigListResponseSchema>;

/** Tolerant readers of echoed sub-objects: samples send numbers as values and extra keys. */
const LooseParameterSchema = z.looseObject({
  label: z.string(),
  value: z.union([z.string(), z.number()]),
});
const LooseDataSourceSchema = z.looseObject({
  type: optStr,
  data_url: optStr,
  dataset_id: optStr,
  dataset_version: optStr,
});
const looseVolumeBody = z.looseObject({
  id: optStr,
  src_path: z.string(),
  dest_path: z.string(),
  read_only: z.boolean().nullish(),
});
export const LooseVolumeSchema = z.looseObject({
  nfs: looseVolumeBody.optional(),
  host_path: looseVolumeBody.optional(),
});

/** `GET …/training-job-configs/{config_name}` (§3.15c): the saved config plus resolved names. */
export const JobConfigDetailsSchema = z.looseObject({
  config_name: z.string(),
  config_desc: optStr,
  worker_server_num: optNum,
  app_url: optStr,
  boot_file_url: optStr,
  model_id: optNum,
  parameter: z.array(LooseParameterSchema).nullish(),
  spec_id: optNum,
  spec_code: optStr,
  data_url: optStr,
  dataset_id: optStr,
  dataset_version_id: optStr,
  dataset_name: optStr,
  dataset_version_name: optStr,
  data_source: z.array(LooseDataSourceSchema).nullish(),
  engine_type: optNum,
  engine_name: optStr,
  engine_id: optNum,
  engine_version: optStr,
  train_url: optStr,
  log_url: optStr,
  user_image_url: optStr,
  user_command: optStr,
  gpu_type: optStr,
  gpu_num: optNum,
  cpu: looseString.nullish(),
  core: looseString.nullish(),
  create_time: optNum,
  pool_id: optStr,
  pool_name: optStr,
  flavor: z.looseObject({ code: z.string() }).nullish(),
  volumes: z.array(LooseVolumeSchema).nullish(),
  nas_mount_path: optStr,
  nas_share_addr: optStr,
  nas_type: optStr,
});
export type JobConfigDetails = z.infer<typeof JobConfigDetailsSchema>;

export const JobConfigDetailsResponseSchema = JobConfigDetailsSchema.extend({
  is_success: z.literal(true),
});
export type JobConfigDetailsResponse = z.infer<typeof JobConfigDetailsResponseSchema>;
