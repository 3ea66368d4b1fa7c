import { z } from 'zod';
import { tolerantList } from '../tolerant-list.js';
import { looseInt } from './common.js';

/** `GET /v1/{project_id}/job/ai-engines?job_type=train` (catalog §3.14). */
export const EngineSchema = z.looseObject({
  engine_type: looseInt,
  engine_id: looseInt,
  engine_name: z.string(),
  engine_version: z.string(),
});
export type Engine = z.infer<typeof EngineSchema>;

export const EngineListResponseSchema = tolerantList(
  { is_success: z.literal(true) },
  'engines',
  EngineSchema,
);
export type EngineListResponse = z.infer<typeof EngineListResponseSchema>;
