import { z } from 'zod';
import { description } from './common.js';

/** `PUT /v1/{project_id}/training-jobs/{job_id}` (catalog §3.9): `job_desc` is mandatory, 0–256. */
export const UpdateJobDescriptionRequestSchema = z.strictObject({
  job_desc: z.string({ error: 'job_desc is required' }).pipe(description('job_desc')),
});
export type UpdateJobDescriptionRequest = z.infer<typeof UpdateJobDescriptionRequestSchema>;
