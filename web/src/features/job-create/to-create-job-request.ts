import type { CreateTrainingJobRequest } from '@console/shared';
import type { CreateJobFormValues } from './form-values.js';

function workerCount(value: number | string): number {
  if (typeof value === 'number') return value;
  const parsed = Number(value);
  return value.trim() === '' || Number.isNaN(parsed) ? 0 : parsed;
}

/**
 * The one mapping from form values to the `POST /v1/{project_id}/training-jobs` body (seed-004 shape:
 * `flavor.code`, an obs `data_source`, an empty notification, workspace "0"). Pure: the request
 * preview shows exactly what this returns and the submit sends exactly that.
 */
export function toCreateJobRequest(values: CreateJobFormValues): CreateTrainingJobRequest {
  const jobDesc = values.job_desc.trim();
  const trainUrl = values.train_url.trim();
  const specCode = values.spec_code.trim();
  return {
    job_name: values.job_name.trim(),
    ...(jobDesc ? { job_desc: jobDesc } : {}),
    config: {
      worker_server_num: workerCount(values.worker_server_num),
      parameter: values.parameters.map((p) => ({ label: p.label.trim(), value: p.value })),
      ...(specCode ? { flavor: { code: specCode } } : {}),
      ...(trainUrl ? { train_url: trainUrl } : {}),
      ...(values.engine_id ? { engine_id: Number(values.engine_id) } : {}),
      app_url: values.app_url.trim(),
      boot_file_url: values.boot_file_url.trim(),
      data_source: [{ type: 'obs', data_url: values.data_url.trim() }],
    },
    notification: { topic_urn: '', events: [] },
    workspace_id: '0',
  };
}
