import { CreateVersionRequestSchema, type CreateVersionRequest } from '@console/shared';
import type { BodyCheck } from './form-schema.js';
import type { CreateJobFormValues } from './form-values.js';
import { toJobConfig } from './to-job-config.js';

/**
 * `POST /v1/{project_id}/training-jobs/{job_id}/versions` body (catalog §3.5): the job config without
 * `create_version`/`volumes`, plus `pre_version_id` (the version the form was pre-filled from).
 */
export function toCreateVersionRequest(
  values: CreateJobFormValues,
  preVersionId: number,
): CreateVersionRequest {
  const { create_version: _c, volumes: _v, ...config } = toJobConfig(values);
  const desc = values.job_desc.trim();
  return {
    ...(desc ? { job_desc: desc } : {}),
    config: { ...config, pre_version_id: preVersionId } as CreateVersionRequest['config'],
  };
}

export const versionBodyCheck =
  (preVersionId: number): BodyCheck =>
  (values) => {
    const parsed = CreateVersionRequestSchema.safeParse(
      toCreateVersionRequest(values, preVersionId),
    );
    return parsed.success ? [] : parsed.error.issues;
  };
