import { z } from 'zod';
import { tolerantList } from '../tolerant-list.js';
import { looseNumber, looseText } from './common.js';

/** `flavor_info` (catalog §4.12); `npu.unit_num` is a String, `gpu.unit_num` an Integer (§7.4 #35). */
export const FlavorInfoSchema = z.looseObject({
  max_num: looseNumber.nullish(),
  cpu: z.looseObject({ arch: z.string().nullish(), core_num: looseNumber.nullish() }).nullish(),
  gpu: z
    .looseObject({
      unit_num: looseNumber.nullish(),
      product_name: z.string().nullish(),
      memory: z.string().nullish(),
    })
    .nullish(),
  npu: z
    .looseObject({
      unit_num: looseText.nullish(),
      product_name: z.string().nullish(),
      memory: z.string().nullish(),
    })
    .nullish(),
  memory: z.looseObject({ size: looseNumber.nullish(), unit: z.string().nullish() }).nullish(),
  disk: z.looseObject({ size: looseNumber.nullish(), unit: z.string().nullish() }).nullish(),
});

export const TrainingFlavorSchema = z.looseObject({
  flavor_id: z.string(),
  flavor_name: z.string().nullish(),
  max_num: looseNumber.nullish(),
  flavor_type: z.string().nullish(),
  billing: z.looseObject({ code: z.string().nullish(), unit_num: looseNumber.nullish() }).nullish(),
  flavor_info: FlavorInfoSchema.nullish(),
  attributes: z.record(z.string(), z.string()).nullish(),
});
export type TrainingFlavor = z.infer<typeof TrainingFlavorSchema>;

/** `GET /v2/{project_id}/training-job-flavors[?flavor_type=CPU|GPU]`. */
export const TrainingFlavorListSchema = tolerantList(
  { total_count: looseNumber },
  'flavors',
  TrainingFlavorSchema,
);
export type TrainingFlavorList = z.infer<typeof TrainingFlavorListSchema>;

export const FLAVOR_TYPES = ['CPU', 'GPU'] as const;

/** The node-count bound of a flavor (`max_num`, top level or inside `flavor_info`; 1 when absent). */
export function flavorMaxNodes(f: TrainingFlavor): number {
  return f.max_num ?? f.flavor_info?.max_num ?? 1;
}
