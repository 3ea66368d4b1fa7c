import type { ResourceSpec } from '@console/shared';
import { msg } from '../../lib/i18n/msg.js';
import type { CreateJobFormValues } from './form-values.js';
import { workerCount } from './to-job-config.js';

export interface LocalIssue {
  field: string;
  message: string;
}

function resourceIssues(
  v: CreateJobFormValues,
  specs: readonly ResourceSpec[] | undefined,
  allowSoldOut: boolean,
): LocalIssue[] {
  if (v.resource === 'pool') {
    return v.pool_id.trim() ? [] : [{ field: 'pool_id', message: 'pool_id is required' }];
  }
  const spec = specs?.find((s) => s.spec_code === v.spec_code);
  if (!v.spec_code)
    return [{ field: 'spec_code', message: msg('Choose a resource specification') }];
  if (specs && !spec)
    return [{ field: 'spec_code', message: `${v.spec_code} is not offered here` }];
  if (spec?.no_resource && !allowSoldOut) {
    return [{ field: 'spec_code', message: `${spec.spec_code} is sold out` }];
  }
  const workers = workerCount(v.worker_server_num);
  if (spec && Number.isInteger(workers) && workers > spec.max_num) {
    return [
      {
        field: 'worker_server_num',
        message: `worker_server_num must be at most ${spec.max_num} for ${spec.spec_code}`,
      },
    ];
  }
  return [];
}

/** Length limits of catalog §3.1/§5.1 fields, named the way the API names them. */
const MAX_LENGTHS: ReadonlyArray<readonly [keyof CreateJobFormValues, string, number]> = [
  ['workspace_id', 'workspace_id', 64],
  ['pool_id', 'pool_id', 64],
  ['dataset_id', 'dataset_id', 64],
  ['dataset_version_id', 'dataset_version_id', 64],
  ['user_image_url', 'user_image_url', 512],
  ['user_command', 'user_command', 4096],
  ['topic_urn', 'notification.topic_urn', 256],
];

function lengthIssues(v: CreateJobFormValues): LocalIssue[] {
  const issues: LocalIssue[] = [];
  for (const [field, name, max] of MAX_LENGTHS) {
    const value = v[field];
    if (typeof value === 'string' && value.trim().length > max)
      issues.push({ field, message: `${name} must be at most ${max} characters` });
  }
  v.volumes.forEach((row, i) => {
    if (row.id.trim().length > 64)
      issues.push({ field: `volumes.${i}.id`, message: 'id must be at most 64 characters' });
  });
  return issues;
}

function required(value: string, field: string, message: string): LocalIssue[] {
  return value.trim() ? [] : [{ field, message }];
}

/**
 * Choices the shared schema cannot see (an unset select) and the spec limits. Messages are in
 * English, like the shared schema's; `issue-text.ts` shows them in the console's language.
 */
export function localIssues(
  v: CreateJobFormValues,
  specs: readonly ResourceSpec[] | undefined,
  allowSoldOut: boolean,
): LocalIssue[] {
  const issues: LocalIssue[] = lengthIssues(v);
  if (v.code_source === 'custom' && !v.engine_id) {
    issues.push({ field: 'engine_id', message: msg('Choose an AI engine') });
  }
  if (v.code_source === 'builtin') {
    issues.push(...required(v.model_id, 'model_id', 'model_id is required: choose an algorithm'));
  }
  if (v.code_source === 'image') {
    issues.push(...required(v.user_image_url, 'user_image_url', 'user_image_url is required'));
    issues.push(...required(v.user_command, 'user_command', 'user_command is required'));
  }
  if (v.data_kind === 'dataset') {
    issues.push(...required(v.dataset_id, 'dataset_id', 'dataset_id is required'));
    issues.push(
      ...required(v.dataset_version_id, 'dataset_version_id', 'dataset_version_id is required'),
    );
  }
  if (v.data_kind === 'list') {
    v.data_rows.forEach((row, i) => {
      if (row.type !== 'dataset') return;
      issues.push(
        ...required(row.dataset_id, `data_rows.${i}.dataset_id`, 'dataset_id is required'),
      );
      issues.push(
        ...required(
          row.dataset_version,
          `data_rows.${i}.dataset_version`,
          'dataset_version is required with dataset_id',
        ),
      );
    });
  }
  v.volumes.forEach((row, i) => {
    if (row.kind === 'nfs') issues.push(...required(row.id, `volumes.${i}.id`, 'id is required'));
  });
  issues.push(...resourceIssues(v, specs, allowSoldOut));
  return issues;
}
