import { z } from 'zod';
import { tolerantList } from '../tolerant-list.js';
import { looseNumber } from './common.js';

export const TrainingEngineSchema = z.looseObject({
  engine_id: z.string(),
  engine_name: z.string(),
  engine_version: z.string(),
  v1_compatible: z.boolean().nullish(),
  run_user: z.union([z.string(), z.number()]).nullish(),
  image_info: z
    .looseObject({
      cpu_image_url: z.string().nullish(),
      gpu_image_url: z.string().nullish(),
      image_version: z.string().nullish(),
    })
    .nullish(),
  tags: z.array(z.looseObject({ key: z.string(), value: z.string() })).nullish(),
});
export type TrainingEngine = z.infer<typeof TrainingEngineSchema>;

/** `GET /v2/{project_id}/training-job-engines` (catalog §4.13). */
export const TrainingEngineListSchema = tolerantList(
  { total: looseNumber },
  'items',
  TrainingEngineSchema,
);
export type TrainingEngineList = z.infer<typeof TrainingEngineListSchema>;
