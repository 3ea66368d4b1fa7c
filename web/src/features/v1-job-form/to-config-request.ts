import {
  CONFIG_NAME_UI_MAX,
  CreateJobConfigRequestSchema,
  UpdateJobConfigRequestSchema,
  type CreateJobConfigRequest,
  type UpdateJobConfigRequest,
} from '@console/shared';
import type { BodyCheck, BodyIssue } from './form-schema.js';
import type { CreateJobFormValues } from './form-values.js';
import { toJobConfig } from './to-job-config.js';

/** The configuration body fields of the form: a job config without `create_version` (§3.15a). */
function configFields(values: CreateJobFormValues): UpdateJobConfigRequest {
  const { create_version: _ignored, ...config } = toJobConfig(values);
  const desc = values.job_desc.trim();
  return { ...(desc ? { config_desc: desc } : {}), ...config };
}

/** `POST /v1/{project_id}/training-job-configs` body; the form's name field is `config_name`. */
export function toCreateConfigRequest(values: CreateJobFormValues): CreateJobConfigRequest {
  return { config_name: values.job_name.trim(), ...configFields(values) };
}

/** `PUT /v1/{project_id}/training-job-configs/{config_name}` body (the name is in the path). */
export function toUpdateConfigRequest(values: CreateJobFormValues): UpdateJobConfigRequest {
  return configFields(values);
}

/** The console keeps names within the SDK's 1–20 although the REST API accepts 64 (§3.15a). */
function uiNameIssues(values: CreateJobFormValues): BodyIssue[] {
  return values.job_name.trim().length > CONFIG_NAME_UI_MAX
    ? [
        {
          path: ['config_name'],
          message: `config_name must be at most ${CONFIG_NAME_UI_MAX} characters`,
        },
      ]
    : [];
}

export const createConfigBodyCheck: BodyCheck = (values) => {
  const parsed = CreateJobConfigRequestSchema.safeParse(toCreateConfigRequest(values));
  return [...uiNameIssues(values), ...(parsed.success ? [] : parsed.error.issues)];
};

export const updateConfigBodyCheck: BodyCheck = (values) => {
  const parsed = UpdateJobConfigRequestSchema.safeParse(toUpdateConfigRequest(values));
  return parsed.success ? [] : parsed.error.issues;
};
