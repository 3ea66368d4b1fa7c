import { TrainingJobSearchResponseSchema } from '@console/shared';
import { callJson } from './pool-json.js';
import { CLOCK_SKEW_MS, stringAt, type CreateLookup } from './reconcile.js';

/**
 * v2 `POST training-jobs` (catalog §4.1): `POST training-job-searches` with a `name` filter
 * (§4.3), newest first; the job is the one with exactly that name and description created since
 * the request. Answered 201 with the Job object as the upstream listed it (§4.2, the create shape).
 */
export const v2CreateLookup: CreateLookup = (i) => {
  const name = stringAt(i.body, 'metadata', 'name');
  if (!name) return undefined;
  const desc = stringAt(i.body, 'metadata', 'description') ?? '';
  const search = {
    offset: 0,
    limit: 50,
    sort_by: 'create_time',
    order: 'desc',
    filters: [{ key: 'name', operator: 'like', value: [name] }],
  };
  return async () => {
    const raw = await callJson(i.pool, {
      method: 'POST',
      path: `/v2/${encodeURIComponent(i.projectId)}/training-job-searches`,
      token: i.token,
      authorize: i.authorize,
      body: search,
      timeoutMs: i.timeoutMs,
    });
    const at = TrainingJobSearchResponseSchema.parse(raw).items.findIndex(
      ({ metadata: m }) =>
        m.name === name &&
        (m.create_time ?? 0) >= i.since - CLOCK_SKEW_MS &&
        (m.description ?? '') === desc,
    );
    if (at < 0) return undefined;
    return { status: 201, body: (raw as { items: unknown[] }).items[at] };
  };
};
