import {
  CreateTrainingJobResponseSchema,
  TrainingJobListResponseSchema,
  TrainingJobVersionDetailsResponseSchema,
  type TrainingJobSummary,
} from '@console/shared';
import { callJson } from './pool-json.js';
import { CLOCK_SKEW_MS, stringAt, type CreateLookup, type LookupInput } from './reconcile.js';

/** Version name and charging id of the new version (catalog §3.4); the list row lacks both. */
async function versionOf(i: LookupInput, base: string, job: TrainingJobSummary) {
  if (job.version_id === null || job.version_id === undefined) return undefined;
  try {
    const raw = await callJson(i.pool, {
      method: 'GET',
      path: `${base}/${job.job_id}/versions/${job.version_id}`,
      token: i.token,
      authorize: i.authorize,
      timeoutMs: i.timeoutMs,
    });
    return TrainingJobVersionDetailsResponseSchema.parse(raw);
  } catch {
    return undefined;
  }
}

/**
 * v1 `POST training-jobs` (catalog §3.1): the job list filtered by name (§3.2 `search_content`),
 * newest first; the job is the one with exactly that name and description created since the
 * request. Answered in the create response's shape (a new job's first version is V0001).
 */
export const v1CreateLookup: CreateLookup = (i) => {
  const name = stringAt(i.body, 'job_name');
  if (!name) return undefined;
  const desc = stringAt(i.body, 'job_desc') ?? '';
  const workspace = stringAt(i.body, 'workspace_id');
  const base = `/v1/${encodeURIComponent(i.projectId)}/training-jobs`;
  const query = new URLSearchParams({
    search_content: name,
    per_page: '100',
    page: '1',
    sortBy: 'create_time',
    order: 'desc',
    ...(workspace ? { workspace_id: workspace } : {}),
  });
  return async () => {
    const raw = await callJson(i.pool, {
      method: 'GET',
      path: `${base}?${query.toString()}`,
      token: i.token,
      authorize: i.authorize,
      timeoutMs: i.timeoutMs,
    });
    const job = TrainingJobListResponseSchema.parse(raw).jobs.find(
      (j) =>
        j.job_name === name &&
        j.create_time >= i.since - CLOCK_SKEW_MS &&
        (j.job_desc ?? '') === desc,
    );
    if (!job) return undefined;
    const version = await versionOf(i, base, job);
    const body = CreateTrainingJobResponseSchema.parse({
      is_success: true,
      job_id: job.job_id,
      job_name: job.job_name,
      status: version?.status ?? job.status,
      create_time: job.create_time,
      version_id: job.version_id,
      version_name: version?.version_name ?? 'V0001',
      ...(version?.resource_id ? { resource_id: version.resource_id } : {}),
    });
    return { status: 200, body };
  };
};
