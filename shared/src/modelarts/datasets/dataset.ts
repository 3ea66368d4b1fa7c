import { z } from 'zod';
import { looseInt } from '../v1/common.js';
import { DatasetVersionSchema } from './dataset-version.js';

const optStr = z.string().nullish();
const optNum = looseInt.nullish();
const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Query of `GET /v2/{project_id}/datasets` (catalog §3.19); the picker uses only a few of them. */
export const DatasetListQuerySchema = z.object({
  offset: z.coerce
    .number()
    .int('offset must be a whole number')
    .min(0, 'offset must be 0 or more')
    .default(0),
  limit: z.coerce
    .number()
    .int('limit must be a whole number')
    .min(1, 'limit must be 1–100')
    .max(100, 'limit must be 1–100')
    .default(10),
  sort_by: z.enum(['create_time', 'dataset_name']).default('create_time'),
  order: z.enum(['asc', 'desc']).default('desc'),
  search_content: z.string().max(100, 'search_content must be at most 100 characters').optional(),
  dataset_type: z.coerce.number().int('dataset_type must be a whole number').optional(),
  contain_versions: booleanQuery.optional(),
  with_labels: booleanQuery.optional(),
  file_preview: booleanQuery.optional(),
  workspace_id: z.string().max(64).optional(),
});
export type DatasetListQuery = z.input<typeof DatasetListQuerySchema>;

export const DatasetDataSourceSchema = z.looseObject({
  data_path: optStr,
  data_type: optNum,
});

export const DatasetLabelSchema = z.looseObject({
  name: z.string(),
  type: optNum,
  property: z.unknown().optional(),
  attributes: z.unknown().optional(),
});

/** A dataset as listed and as details return it (details have no wrapper). Tolerant: most fields optional. */
export const DatasetSchema = z.looseObject({
  dataset_id: z.string(),
  dataset_name: z.string(),
  dataset_type: optNum,
  dataset_format: optNum,
  data_format: optStr,
  status: optNum,
  current_version_id: optStr,
  current_version_name: optStr,
  dataset_version_count: optNum,
  description: optStr,
  data_url: optStr,
  data_sources: z.array(DatasetDataSourceSchema).nullish(),
  work_path: optStr,
  total_sample_count: optNum,
  annotated_sample_count: optNum,
  create_time: optNum,
  update_time: optNum,
  workspace_id: optStr,
  labels: z.array(DatasetLabelSchema).nullish(),
  versions: z.array(DatasetVersionSchema).nullish(),
});
export type Dataset = z.infer<typeof DatasetSchema>;

/** `GET /v2/{project_id}/datasets/{dataset_id}` returns the dataset object itself. */
export const DatasetDetailsResponseSchema = DatasetSchema;
export type DatasetDetailsResponse = Dataset;

export const DatasetListResponseSchema = z.looseObject({
  total_number: looseInt,
  datasets: z.array(DatasetSchema),
});
export type DatasetListResponse = z.infer<typeof DatasetListResponseSchema>;
