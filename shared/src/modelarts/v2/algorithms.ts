import { z } from 'zod';
import { tolerantList } from '../tolerant-list.js';
import {
  looseNumber,
  optString,
  ParameterRequestSchema,
  ParameterResponseSchema,
  v2Description,
  v2Name,
} from './common.js';
import { AutoSearchSchema } from './autosearch.js';
import { JobEngineRequestSchema } from './create-job.js';
import { JobEngineResponseSchema } from './job.js';
import { safeLine, safeMultiline, safeObsPath } from '../safe-strings.js';

export const AlgorithmInputSpecSchema = z.strictObject({
  name: safeLine('job_config.inputs[].name', { max: 64 }),
  description: z.string().optional(),
  remote_constraints: z
    .array(z.looseObject({ data_type: z.string().optional(), attributes: z.unknown().optional() }))
    .optional(),
});

export const AlgorithmOutputSpecSchema = z.strictObject({
  name: safeLine('job_config.outputs[].name', { max: 64 }),
  description: z.string().optional(),
});

/** `resource_requirements[]`: requests use `values`, responses `value` (§7.4 #40); accept both. */
export const ResourceRequirementSchema = z.strictObject({
  key: z.string({ error: 'resource_requirements[].key is required' }),
  values: z.array(z.string()).optional(),
  value: z.array(z.string()).optional(),
  operator: z.string().optional(),
});

/** Create / modify body of `/v2/{project_id}/algorithms` (catalog §4.14a/d). */
export const CreateAlgorithmRequestSchema = z
  .strictObject({
    metadata: z.strictObject({
      name: v2Name('metadata.name'),
      description: v2Description('metadata.description').nullish(),
      workspace_id: optString('metadata.workspace_id', 64).optional(),
      ai_project: z.string().optional(),
      id: z.union([z.string(), z.number()]).optional(),
      tags: z.unknown().optional(),
    }),
    job_config: z
      .strictObject({
        code_dir: safeObsPath('job_config.code_dir', { allowEmpty: true }).optional(),
        boot_file: safeObsPath('job_config.boot_file', { allowEmpty: true }).optional(),
        command: safeMultiline('job_config.command', { allowEmpty: true }).optional(),
        parameters: z.array(ParameterRequestSchema).optional(),
        inputs: z.array(AlgorithmInputSpecSchema).optional(),
        outputs: z.array(AlgorithmOutputSpecSchema).optional(),
        engine: JobEngineRequestSchema.optional(),
        parameters_customization: z.boolean().optional(),
        code_tree: z.unknown().optional(),
      })
      .optional(),
    resource_requirements: z.array(ResourceRequirementSchema).nullish(),
    advanced_config: z.strictObject({ auto_search: AutoSearchSchema.nullish() }).optional(),
  })
  .superRefine((b, ctx) => {
    const c = b.job_config;
    if (!c) return;
    if (!!c.code_dir !== !!c.boot_file && !c.command)
      ctx.addIssue({
        code: 'custom',
        path: ['job_config', c.code_dir ? 'boot_file' : 'code_dir'],
        message: 'job_config.code_dir and job_config.boot_file go together',
      });
    if (c.engine?.image_url && !c.command && !c.boot_file)
      ctx.addIssue({
        code: 'custom',
        path: ['job_config', 'command'],
        message: 'job_config.command is required with engine.image_url',
      });
  });
export type CreateAlgorithmRequest = z.infer<typeof CreateAlgorithmRequestSchema>;

/** The Algorithm object (catalog §4.14); `is_valid` String vs boolean, `code_tree` Array vs object. */
export const AlgorithmSchema = z.looseObject({
  metadata: z.looseObject({
    id: z.union([z.string(), z.number()]).transform((v) => String(v)),
    name: z.string(),
    description: z.string().nullish(),
    workspace_id: z.string().nullish(),
    ai_project: z.string().nullish(),
    user_name: z.string().nullish(),
    domain_id: z.string().nullish(),
    source: z.string().nullish(),
    api_version: z.string().nullish(),
    is_valid: z.union([z.boolean(), z.string()]).nullish(),
    state: z.string().nullish(),
    size: looseNumber.nullish(),
    create_time: looseNumber.nullish(),
    update_time: looseNumber.nullish(),
  }),
  job_config: z
    .looseObject({
      code_dir: z.string().nullish(),
      boot_file: z.string().nullish(),
      command: z.string().nullish(),
      parameters: z.array(ParameterResponseSchema).nullish(),
      inputs: z.array(z.looseObject({ name: z.string() })).nullish(),
      outputs: z.array(z.looseObject({ name: z.string() })).nullish(),
      engine: JobEngineResponseSchema.nullish(),
      code_tree: z.unknown().optional(),
      parameters_customization: z.boolean().nullish(),
    })
    .nullish(),
  resource_requirements: z.array(z.looseObject({ key: z.string() })).nullish(),
  advanced_config: z.looseObject({}).nullish(),
  share_info: z.unknown().optional(),
});
export type Algorithm = z.infer<typeof AlgorithmSchema>;

/** `GET /v2/{project_id}/algorithms` (offset is an item offset here, §7.4 #37). */
export const AlgorithmListSchema = tolerantList(
  {
    total: looseNumber,
    count: looseNumber,
    limit: looseNumber.nullish(),
    offset: looseNumber.nullish(),
    sort_by: z.string().nullish(),
    order: z.string().nullish(),
    group_by: z.string().nullish(),
  },
  'items',
  AlgorithmSchema,
);
export type AlgorithmList = z.infer<typeof AlgorithmListSchema>;
