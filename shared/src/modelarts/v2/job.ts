import { z } from 'zod';
import { ChannelResponseSchema } from './channels.js';
import { looseNumber, ParameterResponseSchema } from './common.js';

/** `environments` is a Map in requests but "Array of Map" in responses (§7.4 #32): read both as a map. */
export const EnvironmentsResponseSchema = z
  .union([
    z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
    z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))),
  ])
  .transform((v) => {
    const maps = Array.isArray(v) ? v : [v];
    const out: Record<string, string> = {};
    for (const m of maps) for (const [k, val] of Object.entries(m)) out[k] = String(val);
    return out;
  });

export const JobEngineResponseSchema = z.looseObject({
  engine_id: z.string().nullish(),
  engine_name: z.string().nullish(),
  engine_version: z.string().nullish(),
  image_url: z.string().nullish(),
  v1_compatible: z.boolean().nullish(),
  run_user: z.string().nullish(),
  usage: z.string().nullish(),
  support_groups: z.unknown().optional(),
  tags: z.unknown().optional(),
});

export const JobAlgorithmResponseSchema = z.looseObject({
  id: z.string().nullish(),
  name: z.string().nullish(),
  subscription_id: z.string().nullish(),
  item_version_id: z.string().nullish(),
  code_dir: z.string().nullish(),
  boot_file: z.string().nullish(),
  command: z.string().nullish(),
  parameters: z.array(ParameterResponseSchema).nullish(),
  policies: z.looseObject({ auto_search: z.unknown().optional() }).nullish(),
  inputs: z.array(ChannelResponseSchema).nullish(),
  outputs: z.array(ChannelResponseSchema).nullish(),
  engine: JobEngineResponseSchema.nullish(),
  local_code_dir: z.string().nullish(),
  working_dir: z.string().nullish(),
  environments: EnvironmentsResponseSchema.nullish(),
  autosearch_config_path: z.string().nullish(),
  autosearch_framework_path: z.string().nullish(),
  parameters_customization: z.boolean().nullish(),
});

export const TaskStatusSchema = z.looseObject({
  task: z.string(),
  exit_code: looseNumber.nullish(),
  message: z.string().nullish(),
});

export const RunningRecordSchema = z.looseObject({
  start_at: looseNumber.nullish(),
  end_at: looseNumber.nullish(),
  start_type: z.string().nullish(),
  end_reason: z.string().nullish(),
  end_related_task: z.string().nullish(),
  end_recover: z.string().nullish(),
  end_recover_before_downgrade: z.string().nullish(),
});

export const JobStatusSchema = z.looseObject({
  phase: z.string(),
  secondary_phase: z.string().nullish(),
  duration: looseNumber.nullish(),
  start_time: looseNumber.nullish(),
  node_count_metrics: z.array(z.array(looseNumber)).nullish(),
  tasks: z.array(z.string()).nullish(),
  task_statuses: z.array(TaskStatusSchema).nullish(),
  running_records: z.array(RunningRecordSchema).nullish(),
});
export type JobStatus = z.infer<typeof JobStatusSchema>;

export const FlavorDetailSchema = z.looseObject({
  flavor_type: z.string().nullish(),
  billing: z.looseObject({ code: z.string().nullish(), unit_num: looseNumber.nullish() }).nullish(),
  flavor_info: z.looseObject({}).nullish(),
});

export const JobSpecResponseSchema = z.looseObject({
  resource: z
    .looseObject({
      policy: z.string().nullish(),
      flavor_id: z.string().nullish(),
      flavor_name: z.string().nullish(),
      node_count: looseNumber.nullish(),
      pool_id: z.string().nullish(),
      flavor_detail: FlavorDetailSchema.nullish(),
    })
    .nullish(),
  volumes: z
    .array(
      z.looseObject({
        nfs: z
          .looseObject({
            nfs_server_path: z.string().nullish(),
            local_path: z.string().nullish(),
            read_only: z.boolean().nullish(),
          })
          .nullish(),
      }),
    )
    .nullish(),
  log_export_path: z
    .looseObject({ obs_url: z.string().nullish(), host_path: z.string().nullish() })
    .nullish(),
  auto_stop: z.looseObject({ time_unit: z.string(), duration: looseNumber }).nullish(),
  schedule_policy: z.unknown().optional(),
  is_hosted_log: z.boolean().nullish(),
});

export const JobMetadataResponseSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  workspace_id: z.string().nullish(),
  description: z.string().nullish(),
  create_time: looseNumber.nullish(),
  user_name: z.string().nullish(),
  annotations: z.record(z.string(), z.string()).nullish(),
  ai_project: z.string().nullish(),
});

/** The v2 Job object (catalog §4.2): create / get / list item / terminate response. */
export const TrainingJobV2Schema = z.looseObject({
  kind: z.string().nullish(),
  metadata: JobMetadataResponseSchema,
  status: JobStatusSchema,
  algorithm: JobAlgorithmResponseSchema.nullish(),
  tasks: z.array(z.looseObject({})).nullish(),
  spec: JobSpecResponseSchema.nullish(),
  endpoints: z.looseObject({}).nullish(),
});
export type TrainingJobV2 = z.infer<typeof TrainingJobV2Schema>;
