import { z } from 'zod';
import { looseInt, looseString } from './common.js';
import { DataSourceSchema, ParameterSchema, VolumeSchema } from './job-config.js';

/** Decodes a JSON string if one arrived (`system_metric_list` is a string in lists, an object in details, §7.2 #13). */
const jsonOrObject = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => {
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v); // blank or broken: the catch below
    } catch {
      return {};
    }
  }, schema);

const series = z.array(looseString).optional();
export const SystemMetricListSchema = z.looseObject({
  cpuUsage: series,
  memUsage: series,
  gpuUtil: series,
  gpuMemUsage: series,
  diskReadRate: series,
  diskWriteRate: series,
  recvBytesRate: series,
  sendBytesRate: series,
  interval: looseInt.optional(),
});
export type SystemMetricList = z.infer<typeof SystemMetricListSchema>;

const optNum = looseInt.nullish();
const optStr = z.string().nullish();

/** A version as returned by details (§3.4) and the versions list (§3.3). Tolerant: many fields may be null. */
export const TrainingJobVersionSchema = z.looseObject({
  job_id: looseInt.optional(),
  job_name: optStr,
  job_desc: optStr,
  version_id: looseInt,
  version_name: z.string(),
  pre_version_id: optNum,
  status: looseInt,
  create_time: looseInt,
  start_time: optNum,
  duration: optNum,
  engine_type: optNum,
  engine_id: optNum,
  engine_name: optStr,
  engine_version: optStr,
  spec_id: optNum,
  spec_code: optStr,
  flavor_code: optStr,
  core: looseString.nullish(),
  cpu: looseString.nullish(),
  gpu_num: optNum,
  gpu_type: optStr,
  max_num: optNum,
  worker_server_num: optNum,
  app_url: optStr,
  boot_file_url: optStr,
  parameter: z.array(ParameterSchema.loose()).nullish(),
  data_url: optStr,
  dataset_id: optStr,
  dataset_version_id: optStr,
  dataset_name: optStr,
  dataset_version_name: optStr,
  data_source: z.array(DataSourceSchema.loose()).nullish(),
  train_url: optStr,
  log_url: optStr,
  model_id: optNum,
  user_image_url: optStr,
  user_command: optStr,
  resource_id: optStr,
  pool_id: optStr,
  pool_name: optStr,
  volumes: z.array(VolumeSchema).nullish(),
  model_metric_list: z.unknown().optional(),
  system_metric_list: jsonOrObject(SystemMetricListSchema).nullish(),
  error_result: z.unknown().optional(),
});
export type TrainingJobVersion = z.infer<typeof TrainingJobVersionSchema>;

export const TrainingJobVersionDetailsResponseSchema = TrainingJobVersionSchema.extend({
  is_success: z.literal(true),
});
export type TrainingJobVersionDetailsResponse = z.infer<
  typeof TrainingJobVersionDetailsResponseSchema
>;

export const TrainingJobVersionListResponseSchema = z.looseObject({
  is_success: z.literal(true),
  job_id: looseInt,
  job_name: z.string(),
  job_desc: optStr,
  version_count: looseInt,
  versions: z.array(TrainingJobVersionSchema),
});
export type TrainingJobVersionListResponse = z.infer<typeof TrainingJobVersionListResponseSchema>;
