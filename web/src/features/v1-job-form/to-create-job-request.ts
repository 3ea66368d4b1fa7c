import type { CreateTrainingJobRequest } from '@console/shared';
import type { CreateJobFormValues } from './form-values.js';
import { toJobConfig } from './to-job-config.js';

/**
 * The one mapping from form values to the `POST /v1/{project_id}/training-jobs` body. Pure: the
 * request preview shows exactly what this returns and the submit sends exactly that.
 */
export function toCreateJobRequest(values: CreateJobFormValues): CreateTrainingJobRequest {
  const jobDesc = values.job_desc.trim();
  const workspace = values.workspace_id.trim();
  return {
    job_name: values.job_name.trim(),
    ...(jobDesc ? { job_desc: jobDesc } : {}),
    config: toJobConfig(values),
    ...(values.notify
      ? { notification: { topic_urn: values.topic_urn.trim(), events: values.events } }
      : {}),
    ...(workspace ? { workspace_id: workspace } : {}),
  };
}
