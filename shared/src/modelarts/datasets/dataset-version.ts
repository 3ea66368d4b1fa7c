import { z } from 'zod';
import { looseInt, looseString } from '../v1/common.js';

const optStr = z.string().nullish();
const optNum = looseInt.nullish();

/** Query of `GET /v2/{project_id}/datasets/{dataset_id}/versions` (catalog §3.19). */
export const DatasetVersionListQuerySchema = z.object({
  status: z.coerce
    .number()
    .int('status must be a whole number')
    .min(0)
    .max(4, 'status must be 0–4')
    .optional(),
  offset: z.coerce
    .number()
    .int('offset must be a whole number')
    .min(0, 'offset must be 0 or more')
    .default(0),
  limit: z.coerce
    .number()
    .int('limit must be a whole number')
    .min(1, 'limit must be 1–1000')
    .max(1000, 'limit must be 1–1000')
    .default(1000),
  version_format: z.coerce
    .number()
    .int()
    .min(0)
    .max(2, 'version_format must be 0, 1 or 2')
    .optional(),
  train_evaluate_ratio: z.string().optional(),
});
export type DatasetVersionListQuery = z.input<typeof DatasetVersionListQuerySchema>;

export const DatasetLabelStatSchema = z.looseObject({
  name: z.string(),
  type: optNum,
  property: z.unknown().optional(),
  count: optNum,
  sample_count: optNum,
});

/**
 * A dataset version (list item and details). `version_format` is a String here although the
 * list filter takes an Integer (§7.3 #30); both are read.
 */
export const DatasetVersionSchema = z.looseObject({
  version_id: z.string(),
  version_name: z.string(),
  version_format: looseString.nullish(),
  status: optNum,
  is_current: z.boolean().nullish(),
  previous_version_id: optStr,
  create_time: optNum,
  total_sample_count: optNum,
  annotated_sample_count: optNum,
  description: optStr,
  train_evaluate_sample_ratio: looseString.nullish(),
  manifest_path: optStr,
  data_path: optStr,
  task_type: optNum,
  label_type: optStr,
  label_stats: z.array(DatasetLabelStatSchema).nullish(),
});
export type DatasetVersion = z.infer<typeof DatasetVersionSchema>;

export const DatasetVersionDetailsResponseSchema = DatasetVersionSchema;
export type DatasetVersionDetailsResponse = DatasetVersion;

export const DatasetVersionListResponseSchema = z.looseObject({
  total_number: looseInt,
  versions: z.array(DatasetVersionSchema),
});
export type DatasetVersionListResponse = z.infer<typeof DatasetVersionListResponseSchema>;
