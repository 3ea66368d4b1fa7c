import { z } from 'zod';
import { tolerantList } from '../tolerant-list.js';
import { looseInt, looseString } from './common.js';

/** `GET /v1/{project_id}/job/resource-specs?job_type=train` (catalog §3.13). */
export const ResourceSpecSchema = z.looseObject({
  spec_id: looseInt,
  core: looseString,
  cpu: looseString,
  gpu_num: looseInt.default(0),
  gpu_type: z.string().nullish(),
  spec_code: z.string(),
  max_num: looseInt,
  unit_num: looseInt.optional(),
  storage: z.string().nullish(),
  interface_type: looseInt.optional(),
  no_resource: z.boolean().default(false),
});
export type ResourceSpec = z.infer<typeof ResourceSpecSchema>;

export const ResourceSpecListResponseSchema = tolerantList(
  { is_success: z.literal(true), spec_total_count: looseInt.optional() },
  'specs',
  ResourceSpecSchema,
);
export type ResourceSpecListResponse = z.infer<typeof ResourceSpecListResponseSchema>;

export const JobTypeQuerySchema = z.object({ job_type: z.enum(['train', 'inference']).optional() });
