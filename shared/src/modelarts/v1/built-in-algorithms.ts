import { z } from 'zod';
import { looseInt } from './common.js';

export const BUILT_IN_ALGORITHM_SORT_KEYS = [
  'engine',
  'model_name',
  'model_precision',
  'model_usage',
  'model_size',
  'create_time',
  'parameter',
] as const;

/** Query of `GET /v1/{project_id}/built-in-algorithms` (catalog §3.12). */
export const BuiltInAlgorithmListQuerySchema = z.object({
  per_page: z.coerce
    .number()
    .int('per_page must be a whole number')
    .min(1, 'per_page must be 1–100')
    .max(100, 'per_page must be 1–100')
    .default(10),
  page: z.coerce
    .number()
    .int('page must be a whole number')
    .min(1, 'page must be at least 1')
    .default(1),
  sortBy: z.enum(BUILT_IN_ALGORITHM_SORT_KEYS).default('engine'),
  order: z.enum(['asc', 'desc']).default('desc'),
  search_content: z.string().max(64, 'search_content must be at most 64 characters').optional(),
});
export type BuiltInAlgorithmListQuery = z.input<typeof BuiltInAlgorithmListQuerySchema>;

/** One default run parameter of a built-in algorithm. */
export const BuiltInAlgorithmParameterSchema = z.looseObject({
  label: z.string(),
  value: z.union([z.string(), z.number()]).transform((v) => String(v)),
  required: z.boolean().optional(),
  placeholder_cn: z.string().optional(),
  placeholder_en: z.string().optional(),
});
export type BuiltInAlgorithmParameter = z.infer<typeof BuiltInAlgorithmParameterSchema>;

/** `parameter` is a JSON-encoded string on the REST page and an array on the SDK page (§7.3 #27): read both. */
const parameterList = z.preprocess((v) => {
  if (typeof v !== 'string') return v ?? [];
  try {
    return JSON.parse(v); // blank or broken: the catch below
  } catch {
    return [];
  }
}, z.array(BuiltInAlgorithmParameterSchema));

export const BuiltInAlgorithmSchema = z.looseObject({
  model_id: looseInt,
  model_name: z.string(),
  model_usage: looseInt.nullish(),
  model_precision: z.string().nullish(),
  model_size: looseInt.nullish(),
  model_train_dataset: z.string().nullish(),
  model_dataset_format: z.string().nullish(),
  model_description_url: z.string().nullish(),
  parameter: parameterList,
  create_time: looseInt.nullish(),
  engine_id: looseInt.nullish(),
  engine_name: z.string().nullish(),
  engine_version: z.string().nullish(),
});
export type BuiltInAlgorithm = z.infer<typeof BuiltInAlgorithmSchema>;

export const BuiltInAlgorithmListResponseSchema = z.looseObject({
  is_success: z.literal(true),
  model_total_count: looseInt,
  models: z.array(BuiltInAlgorithmSchema),
});
export type BuiltInAlgorithmListResponse = z.infer<typeof BuiltInAlgorithmListResponseSchema>;
