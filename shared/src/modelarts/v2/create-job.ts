import { z } from 'zod';
import { AutoSearchSchema } from './autosearch.js';
import { InputRequestSchema, OutputRequestSchema } from './channels.js';
import {
  safeImageUrl,
  safeLocalPath,
  safeMultiline,
  safeNfsPath,
  safeObsPath,
} from '../safe-strings.js';
import { optString, ParameterRequestSchema, v2Description, v2Name } from './common.js';
import { checkAlgorithmSource } from './source-rules.js';

/** Environment variable names (catalog §4.1 `environments`). */
export const ENV_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const EnvironmentsRequestSchema = z
  .record(
    z.string(),
    // environment values may span lines (certificates, JSON); no other control character
    safeMultiline('environments: a value', { allowEmpty: true }).refine(
      (v) => !v.includes('$'),
      'environments: values must not contain $',
    ),
    { error: 'environments must be a map of name to value' },
  )
  .superRefine((m, ctx) => {
    const keys = Object.keys(m);
    if (keys.length > 100)
      ctx.addIssue({ code: 'custom', message: 'environments: at most 100 variables' });
    for (const key of keys)
      if (key.length > 8192 || !ENV_NAME_PATTERN.test(key))
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `environments: name "${key.slice(0, 64)}" must match [A-Za-z_][A-Za-z0-9_]* (at most 8192 characters)`,
        });
  });

export const JobEngineRequestSchema = z.strictObject({
  engine_id: optString('engine.engine_id', 256).optional(),
  engine_name: optString('engine.engine_name', 64).optional(),
  engine_version: optString('engine.engine_version', 256).optional(),
  image_url: safeImageUrl('engine.image_url', { allowEmpty: true }).optional(),
  install_sys_packages: z.boolean().optional(),
});
export type JobEngineRequest = z.infer<typeof JobEngineRequestSchema>;

export const JobAlgorithmRequestSchema = z
  .strictObject({
    id: optString('algorithm.id', 64).optional(),
    name: optString('algorithm.name', 64).optional(),
    subscription_id: optString('algorithm.subscription_id', 64).optional(),
    item_version_id: optString('algorithm.item_version_id', 64).optional(),
    code_dir: safeObsPath('algorithm.code_dir', { allowEmpty: true }).optional(),
    boot_file: safeObsPath('algorithm.boot_file', { allowEmpty: true }).optional(),
    command: safeMultiline('algorithm.command', { allowEmpty: true }).optional(),
    parameters: z.array(ParameterRequestSchema).max(100, 'at most 100 parameters').optional(),
    policies: z.strictObject({ auto_search: AutoSearchSchema.nullish() }).optional(),
    inputs: z.array(InputRequestSchema).max(20, 'at most 20 inputs').optional(),
    outputs: z.array(OutputRequestSchema).max(20, 'at most 20 outputs').optional(),
    engine: JobEngineRequestSchema.optional(),
    local_code_dir: safeLocalPath('algorithm.local_code_dir', { allowEmpty: true })
      .refine((d) => d === '' || d === '/home' || d.startsWith('/home/'), {
        message: 'algorithm.local_code_dir must be under /home',
      })
      .optional(),
    working_dir: safeLocalPath('algorithm.working_dir', { allowEmpty: true }).optional(),
    environments: EnvironmentsRequestSchema.optional(),
    autosearch_config_path: safeObsPath('algorithm.autosearch_config_path', {
      allowEmpty: true,
    }).optional(),
    autosearch_framework_path: safeObsPath('algorithm.autosearch_framework_path', {
      allowEmpty: true,
    }).optional(),
    summary: z.looseObject({}).optional(),
    parameters_customization: z.boolean().optional(),
  })
  .superRefine(checkAlgorithmSource);
export type JobAlgorithmRequest = z.infer<typeof JobAlgorithmRequestSchema>;

export const NfsVolumeSchema = z.strictObject({
  nfs_server_path: safeNfsPath('volumes[].nfs.nfs_server_path', { allowEmpty: true }).optional(),
  local_path: safeLocalPath('volumes[].nfs.local_path', { allowEmpty: true }).optional(),
  read_only: z.boolean().optional(),
});

/** `spec.volumes[]`: exactly one of nfs | pfs | obs (catalog §5.2; pfs/obs only on the newer page). */
export const SpecVolumeSchema = z
  .strictObject({
    nfs: NfsVolumeSchema.optional(),
    pfs: z
      .strictObject({
        pfs_path: safeObsPath('volumes[].pfs.pfs_path', { allowEmpty: true }).optional(),
        local_path: safeLocalPath('volumes[].pfs.local_path', { allowEmpty: true }).optional(),
      })
      .optional(),
    obs: z
      .strictObject({
        obs_path: safeObsPath('volumes[].obs.obs_path', { allowEmpty: true }).optional(),
        local_path: safeLocalPath('volumes[].obs.local_path', { allowEmpty: true }).optional(),
      })
      .optional(),
  })
  .refine((v) => [v.nfs, v.pfs, v.obs].filter(Boolean).length === 1, {
    message: 'a volume needs exactly one of nfs, pfs or obs',
  });

export const SpecResourceRequestSchema = z
  .strictObject({
    flavor_id: optString('spec.resource.flavor_id', 128).optional(),
    node_count: z
      .number({ error: 'spec.resource.node_count must be an integer' })
      .int('spec.resource.node_count must be an integer')
      .min(1, 'spec.resource.node_count must be at least 1')
      .optional(),
    pool_id: optString('spec.resource.pool_id', 128).optional(),
    policy: z.string().optional(),
  })
  .refine((r) => !!(r.flavor_id || r.pool_id), {
    message: 'spec.resource needs flavor_id (public pool) or pool_id (dedicated pool)',
    path: ['flavor_id'],
  });

export const AutoStopSchema = z.strictObject({
  time_unit: z.literal('HOURS', { error: 'spec.auto_stop.time_unit must be HOURS' }),
  duration: z
    .number({ error: 'spec.auto_stop.duration must be an integer' })
    .int('spec.auto_stop.duration must be an integer')
    .min(1, 'spec.auto_stop.duration must be at least 1'),
});

export const SpecRequestSchema = z.strictObject({
  resource: SpecResourceRequestSchema.optional(),
  volumes: z.array(SpecVolumeSchema).max(16, 'at most 16 volumes').optional(),
  log_export_path: z
    .strictObject({
      obs_url: safeObsPath('spec.log_export_path.obs_url', { allowEmpty: true }).optional(),
      host_path: safeLocalPath('spec.log_export_path.host_path', { allowEmpty: true }).optional(),
    })
    .optional(),
  auto_stop: AutoStopSchema.optional(),
  schedule_policy: z.looseObject({}).optional(),
  notification: z
    .strictObject({ topic_urn: z.string().optional(), events: z.array(z.string()).optional() })
    .optional(),
});
export type SpecRequest = z.infer<typeof SpecRequestSchema>;

export const JobMetadataRequestSchema = z.strictObject({
  name: v2Name('metadata.name'),
  workspace_id: optString('metadata.workspace_id', 64).optional(),
  description: v2Description('metadata.description').nullish(),
  annotations: z.record(z.string(), z.string()).optional(),
  // listed as request fields only by seed 003; server-generated, ignored on input
  id: z.string().optional(),
  create_time: z.union([z.number(), z.string()]).optional(),
  user_name: z.string().optional(),
  ai_project: z.string().optional(),
});

/** `POST /v2/{project_id}/training-jobs` (catalog §4.1; seed 003 and the current page both accepted). */
export const CreateTrainingJobV2RequestSchema = z
  .strictObject({
    kind: z.enum(['job', 'visualization_job'], { error: 'kind must be job or visualization_job' }),
    metadata: JobMetadataRequestSchema,
    algorithm: JobAlgorithmRequestSchema.optional(),
    tasks: z.array(z.looseObject({})).optional(),
    spec: SpecRequestSchema.optional(),
    endpoints: z
      .strictObject({ ssh: z.strictObject({ key_pair_names: z.array(z.string()) }).optional() })
      .optional(),
  })
  .superRefine((b, ctx) => {
    if (b.kind !== 'job' || (b.tasks && b.tasks.length > 0)) return;
    if (!b.algorithm)
      ctx.addIssue({ code: 'custom', path: ['algorithm'], message: 'algorithm is required' });
    if (!b.spec?.resource)
      ctx.addIssue({
        code: 'custom',
        path: ['spec', 'resource'],
        message: 'spec.resource is required (flavor_id or pool_id)',
      });
  });
export type CreateTrainingJobV2Request = z.infer<typeof CreateTrainingJobV2RequestSchema>;
