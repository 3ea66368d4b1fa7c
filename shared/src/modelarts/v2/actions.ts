import { z } from 'zod';
import { v2Description } from './common.js';

/** `POST …/training-jobs/{id}/actions` (catalog §4.7); only `terminate` is documented. */
export const TrainingJobActionRequestSchema = z.strictObject({
  action_type: z.literal('terminate', { error: 'action_type must be terminate' }),
});
export type TrainingJobActionRequest = z.infer<typeof TrainingJobActionRequestSchema>;

/** `PUT …/training-jobs/{id}` (catalog §4.5) → 200 with body `null`. */
export const ModifyTrainingJobDescriptionRequestSchema = z.strictObject({
  description: v2Description('description').nullish(),
});
export type ModifyTrainingJobDescriptionRequest = z.infer<
  typeof ModifyTrainingJobDescriptionRequestSchema
>;
